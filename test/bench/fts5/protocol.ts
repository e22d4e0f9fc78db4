/** What the bench page asks the FTS5 worker, and what each request answers. */
import type { SourceArticle } from '../search-corpus';

export type Hit = { id: string; display: string; snippet: string; score: number };

export type Requests = {
  build: {
    args: { articles: SourceArticle[]; docs: number; batch: number; prefix: string };
    result: { insertMs: number; optimizeMs: number; fileBytes: number; indexBytes: number; textBytes: number };
  };
  search: {
    args: { query: string; typing: boolean };
    /** What the worker spent before the query (only on its first request): loading SQLite, the VFS, opening. */
    result: { hits: Hit[]; sqlMs: number; openedIn: OpenTimings | null };
  };
  update: { args: { rowid: number; token: string }; result: { sqlMs: number } };
  memory: { args: Record<string, never>; result: { wasmHeapBytes: number; cacheKiB: number } };
  close: { args: Record<string, never>; result: null };
};

export type OpenTimings = { sqliteMs: number; openMs: number };

export type Request = { [K in keyof Requests]: { id: number; op: K; args: Requests[K]['args'] } }[keyof Requests];
export type Response =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { id: -1; log: string }
  /** SQLite failed outside any request (its WASM failing to load rejects no promise of ours). */
  | { id: -1; fatal: string };

export type Vfs = 'opfs-sahpool' | 'opfs';
/** How a worker opens its database; it travels as the worker's name, so a new worker can open before any request. */
export type DatabaseOptions = { vfs: Vfs; file: string; pragmas: string };

/** One database per corpus size and VFS, so a run at 2,000 docs never opens the 50,000 one. */
export const databaseFile = (docs: number, vfs: Vfs) => `/fts5-bench-${vfs}-${docs}.sqlite3`;

/** `--pragmas "synchronous=NORMAL;journal_mode=TRUNCATE"`: names and plain values only, since they go into SQL. */
export function isPragmaList(pragmas: string): boolean {
  return /^([a-z_]+=[A-Za-z0-9_-]+)?(;[a-z_]+=[A-Za-z0-9_-]+)*$/.test(pragmas);
}
