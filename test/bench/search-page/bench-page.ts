/**
 * The benchmark's page: drives the real search worker (renderer/search) in the
 * browser, building the scaled corpus here so only the source articles cross
 * from Node. Exposes `runSearchBench` for test/bench/search-bench.ts.
 */
import { SearchClient } from '../../../renderer/search/client';
import { prepareCorpus, QUERY_MIX, scaledDoc } from '../search-corpus';
import type { SourceArticle } from '../search-corpus';

type Timings = number[];
type MemoryReport = { bytes: number; breakdown: { bytes: number; types: string[]; attribution: { scope: string }[] }[] };

const BATCH = 250;

async function build(client: SearchClient, articles: SourceArticle[], total: number, log: (line: string) => void) {
  const corpus = prepareCorpus(articles);
  await client.ready();
  const start = performance.now();
  await client.rebuildStart(total);
  let inFlight: Promise<unknown> | null = null;
  for (let first = 0; first < total; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, total - first) }, (_, i) => scaledDoc(corpus, first + i));
    if (inFlight) await inFlight;
    inFlight = client.put(batch);
    if ((first / BATCH) % 40 === 0) log(`indexed ${first} / ${total} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
  await inFlight;
  const indexed = performance.now();
  await client.rebuildFinish('bench');
  const finished = performance.now();
  return { buildMs: finished - start, snapshotMs: finished - indexed };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function whenFullyLoaded(client: SearchClient): Promise<void> {
  await new Promise<void>((resolve) => {
    const off = client.onStatus((status) => {
      if (status.segmentsLoaded < status.segmentCount) return;
      off();
      resolve();
    });
  });
}

let articles: SourceArticle[] = [];
/** Results asked for per query: the Search screen asks for pages of 20. */
let pageSize = 20;
let total = 0;
let client: SearchClient | null = null;
const dbName = () => `quire-search-bench-${total}`;

const bench = {
  /** True when the database already holds an index of exactly `docs` documents (a kept profile). */
  async indexed(docs: number) {
    total = docs;
    const probe = new SearchClient(dbName());
    const status = await probe.ready();
    probe.close();
    return status.docs === docs;
  },

  use(source: SourceArticle[], limit: number) {
    articles = source;
    pageSize = limit;
  },

  async build(source: SourceArticle[], docs: number) {
    articles = source;
    total = docs;
    await new Promise((resolve) => { const r = indexedDB.deleteDatabase(dbName()); r.onsuccess = r.onerror = resolve; });
    const builder = new SearchClient(dbName());
    const result = await build(builder, articles, total, (line) => console.log(line));
    builder.close();
    return result;
  },

  /** A new worker over the persisted index, timed to its first result. */
  async coldStart() {
    client?.close();
    const start = performance.now();
    client = new SearchClient(dbName());
    const first = await client.search('economy growth', { limit: pageSize });
    const coldStartMs = performance.now() - start;
    const restored = client.status?.restoredFromDisk ?? false;
    const docs = client.status?.docs ?? 0;
    await whenFullyLoaded(client);
    const fullLoadMs = performance.now() - start;
    // The doc file may attach a moment later when the previous worker still held it; the warm-up searches follow the full load.
    for (let wait = 0; wait < 50 && !(client.status?.docFile && client.status.startup?.warmUpMs); wait += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    return { coldStartMs, restored, docs, firstTotal: first.total, fullLoadMs, docFile: client.status?.docFile ?? false, first: first.timings, startup: client.status?.startup };
  },

  async queries(rounds: number) {
    const queries: Record<string, Timings> = {};
    const inWorker = { match: [] as Timings, results: [] as Timings, fetch: [] as Timings };
    const slow: { query: string; round: number; ms: number; total: number; loadMs: number; matchMs: number; resultsMs: number; fetchMs: number }[] = [];
    for (const [kind, list] of Object.entries(QUERY_MIX)) {
      queries[kind] = [];
      for (let round = 0; round < rounds; round += 1) {
        for (const query of list) {
          const start = performance.now();
          const response = await client!.search(query, { limit: pageSize });
          const ms = performance.now() - start;
          queries[kind]!.push(ms);
          slow.push({ query, round, ms, total: response.total, ...response.timings });
          inWorker.match.push(response.timings.matchMs);
          inWorker.results.push(response.timings.resultsMs);
          inWorker.fetch.push(response.timings.fetchMs);
        }
      }
    }
    const sample = await client!.search('"prime minister" economy', { limit: 3 });
    slow.sort((a, b) => b.ms - a.ms);
    return { queries, inWorker, sample: sample.results.map((hit) => ({ title: hit.title, snippet: hit.snippet.text })), sampleTotal: sample.total, slow };
  },

  /** The page's and its worker's memory, as Chromium measures it (needs cross-origin isolation). */
  async memory(): Promise<string> {
    const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<MemoryReport> }).measureUserAgentSpecificMemory;
    if (!crossOriginIsolated || !measure) return 'not measurable (no cross-origin isolation)';
    const report = await measure.call(performance);
    const worker = report.breakdown
      .filter((entry) => entry.types.includes('DedicatedWorker') || entry.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
      .reduce((sum, entry) => sum + entry.bytes, 0);
    return `worker ${(worker / 1e6).toFixed(0)} MB, page and worker together ${(report.bytes / 1e6).toFixed(0)} MB`;
  },

  async updates(count: number) {
    const corpus = prepareCorpus(articles);
    const updates: Timings = [];
    const applied: Timings = [];
    for (let i = 0; i < count; i += 1) {
      const doc = scaledDoc(corpus, (i * 997) % total);
      const edited = { ...doc, version: doc.version + i + 1, title: `${doc.title} zyxedit${i}` };
      const start = performance.now();
      applied.push((await client!.put([edited])).appliedMs);
      updates.push(performance.now() - start);
    }
    const last = scaledDoc(corpus, ((count - 1) * 997) % total);
    const found = await client!.search(`zyxedit${count - 1}`, { typing: false });
    return { updates, applied, foundAfterUpdate: found.results[0]?.id === last.id };
  },

  /**
   * Searches typed while the index writes a snapshot (every 2,000 logged updates,
   * and after a rebuild): each search's round trip, and the checkpoint's duration.
   */
  async duringCheckpoint() {
    const words = Object.values(QUERY_MIX).flat();
    const during: Timings = [];
    let done = false;
    const start = performance.now();
    const checkpoint = client!.checkpoint().then(() => { done = true; });
    for (let i = 0; !done; i += 1) {
      during.push(await time(() => client!.search(words[i % words.length]!, { limit: pageSize })));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await checkpoint;
    return { checkpointMs: performance.now() - start, during };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
export { bench };
