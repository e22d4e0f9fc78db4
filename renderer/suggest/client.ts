/**
 * The page side of the suggestion worker: one worker per window, the catalog
 * sent only when its version changes, answers matched to requests by id.
 */
import type { CatalogEntry } from '../../shared/entities/alias-matcher';
import type { Entity } from '../../shared/model';
import type { Suggestions } from '../../shared/suggest';
import type { FromWorker, ToWorker } from './protocol';
import workerUrl from './worker.ts?worker&url';

export type CatalogSnapshot = { version: string; entries: CatalogEntry[] };

/** The live entities as the worker needs them, with a version that changes whenever any of them does. */
export function catalogSnapshot(entities: readonly Entity[]): CatalogSnapshot {
  const live = entities.filter((e) => e.deletedAt === null && e.mergedInto === null);
  const entries = live.map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: [...e.aliases] }));
  const version = live
    .map((e) => `${e.id}@${e.updatedAt}`)
    .sort()
    .join('|');
  return { version: `${live.length}:${hash(version)}`, entries };
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export type SuggestClient = {
  suggest(text: string, catalog: CatalogSnapshot): Promise<Suggestions>;
  dispose(): void;
};

/**
 * Which suggester computed a result: the built worker's file name carries a hash
 * of its code, so stored suggestions go stale when the suggester itself changes.
 */
export function suggesterRevision(): string {
  return new URL(workerUrl, document.baseURI).pathname.split('/').at(-1) ?? '';
}

export function startSuggestWorker(): SuggestClient {
  const worker = new Worker(workerUrl, { type: 'module' });
  const pending = new Map<number, { resolve: (s: Suggestions) => void; reject: (e: Error) => void }>();
  let sentVersion: string | null = null;
  let nextId = 1;
  const send = (message: ToWorker) => worker.postMessage(message);
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const answer = event.data;
    const waiting = pending.get(answer.requestId);
    if (!waiting) return;
    pending.delete(answer.requestId);
    if (answer.type === 'result') waiting.resolve(answer.suggestions);
    else waiting.reject(new Error(answer.message));
  };
  worker.onerror = (event) => {
    const failure = new Error(`The suggestion worker failed: ${event.message || 'it could not start'}`);
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  };
  return {
    suggest(text, catalog) {
      if (catalog.version !== sentVersion) {
        send({ type: 'catalog', version: catalog.version, entries: catalog.entries });
        sentVersion = catalog.version;
      }
      const requestId = nextId++;
      return new Promise<Suggestions>((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        send({ type: 'suggest', requestId, version: catalog.version, text });
      });
    },
    dispose() {
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('The suggestion worker was stopped.'));
      pending.clear();
    },
  };
}

let shared: SuggestClient | null = null;

/** The window's worker, started on first use. */
export function suggester(): SuggestClient {
  shared ??= startSuggestWorker();
  return shared;
}
