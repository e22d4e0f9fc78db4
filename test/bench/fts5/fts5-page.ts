/**
 * The FTS5 benchmark's page: drives the SQLite worker (fts5-worker.ts) through
 * the same phases as test/bench/search-page (build, cold start, the query mix,
 * memory, one-document updates) and exposes them as `window.bench` for
 * fts5-bench.ts.
 */
import { QUERY_MIX } from '../search-corpus';
import type { SourceArticle } from '../search-corpus';
import { databaseFile } from './protocol';
import type { DatabaseOptions, Hit, Request, Requests, Response, Vfs } from './protocol';

type MemoryReport = { bytes: number; breakdown: { bytes: number; types: string[]; attribution: { scope: string }[] }[] };

class SqliteWorker {
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(options: DatabaseOptions) {
    this.worker = new Worker(new URL('./fts5-worker.ts', import.meta.url), { type: 'module', name: JSON.stringify(options) });
    this.worker.onmessage = (event: MessageEvent<Response>) => {
      const response = event.data;
      if ('log' in response) return console.log(response.log);
      if ('fatal' in response) return this.failAll(`FTS5 worker failed: ${response.fatal}`);
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (response.ok) waiting?.resolve(response.result);
      else waiting?.reject(new Error(response.error));
    };
    this.worker.onerror = (event) => this.failAll(`FTS5 worker failed: ${event.message}`);
  }

  private failAll(message: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }

  ask<K extends keyof Requests>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, op, args } as Request);
    });
  }

  async close(): Promise<void> {
    await this.ask('close', {});
    this.worker.terminate();
  }
}

let total = 0;
let database: DatabaseOptions = { vfs: 'opfs-sahpool', file: '', pragmas: '' };
let worker: SqliteWorker | null = null;
const zeroHitQueries: Record<string, string[]> = {};

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

const bench = {
  /** Points the other phases at the database built for `docs` (by build, or by an earlier run in the same profile). */
  use(docs: number, vfs: Vfs, pragmas: string) {
    total = docs;
    database = { vfs, file: databaseFile(docs, vfs), pragmas };
  },

  async build(articles: SourceArticle[], docs: number, batch: number, prefix: string, vfs: Vfs, pragmas: string) {
    bench.use(docs, vfs, pragmas);
    const builder = new SqliteWorker(database);
    const [buildMs, result] = await timed(() => builder.ask('build', { articles, docs, batch, prefix }));
    await builder.close();
    const estimate = await navigator.storage.estimate();
    return { buildMs, ...result, opfsUsage: estimate.usage ?? 0 };
  },

  /** A new worker over the database in OPFS, from `new Worker` to the first result. */
  async coldStart() {
    await worker?.close();
    const start = performance.now();
    worker = new SqliteWorker(database);
    const first = await worker.ask('search', { query: 'economy growth', typing: false });
    return { coldStartMs: performance.now() - start, hits: first.hits.length, openedIn: first.openedIn!, sqlMs: first.sqlMs };
  },

  async queries(rounds: number) {
    const queries: Record<string, number[]> = {};
    const inWorker: number[] = [];
    const slowest: { query: string; ms: number }[] = [];
    for (const [kind, list] of Object.entries(QUERY_MIX)) {
      queries[kind] = [];
      zeroHitQueries[kind] = [];
      for (let round = 0; round < rounds; round += 1) {
        for (const query of list) {
          const [ms, response] = await timed(() => worker!.ask('search', { query, typing: kind === 'prefixes' }));
          queries[kind]!.push(ms);
          slowest.push({ query, ms });
          inWorker.push(response.sqlMs);
          if (round === 0 && response.hits.length === 0) zeroHitQueries[kind]!.push(query);
        }
      }
    }
    const sample = await worker!.ask('search', { query: '"prime minister" economy', typing: false });
    slowest.sort((a, b) => b.ms - a.ms);
    return { queries, inWorker, zeroHitQueries, slowest: slowest.slice(0, 8), sample: sample.hits.slice(0, 3) as Hit[] };
  },

  /** The page's and its worker's memory as Chromium measures it, and the size of SQLite's WASM heap. */
  async memory() {
    const wasm = await worker!.ask('memory', {});
    const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<MemoryReport> }).measureUserAgentSpecificMemory;
    if (!crossOriginIsolated || !measure) return { ...wasm, workerBytes: null, totalBytes: null };
    const report = await measure.call(performance);
    const workerBytes = report.breakdown
      .filter((entry) => entry.types.includes('DedicatedWorker') || entry.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
      .reduce((sum, entry) => sum + entry.bytes, 0);
    return { ...wasm, workerBytes, totalBytes: report.bytes };
  },

  async updates(count: number) {
    const updates: number[] = [];
    const inWorker: number[] = [];
    let rowid = 1;
    for (let i = 0; i < count; i += 1) {
      rowid = ((i * 997) % total) + 1;
      const [ms, response] = await timed(() => worker!.ask('update', { rowid, token: `zyxedit${i}` }));
      updates.push(ms);
      inWorker.push(response.sqlMs);
    }
    const found = await worker!.ask('search', { query: `zyxedit${count - 1}`, typing: false });
    const expectedId = (rowid - 1) % 10 === 9 ? `q${rowid - 1}` : `c${rowid - 1}`;
    return { updates, inWorker, foundAfterUpdate: found.hits[0]?.id === expectedId };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
export { bench };
