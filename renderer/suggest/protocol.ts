import type { CatalogEntry } from '../../shared/entities/alias-matcher';
import type { Suggestions } from '../../shared/suggest';

/** Sent when the catalog changed: the worker rebuilds its matcher once per version. */
export type CatalogMessage = { type: 'catalog'; version: string; entries: CatalogEntry[] };
export type SuggestMessage = { type: 'suggest'; requestId: number; version: string; text: string };
export type ToWorker = CatalogMessage | SuggestMessage;

export type FromWorker =
  | { type: 'result'; requestId: number; suggestions: Suggestions }
  | { type: 'error'; requestId: number; message: string };
