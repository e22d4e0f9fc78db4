/**
 * npm run bench:search -- [--corpus FILE.jsonl] [--docs N] [--rounds R] [--limit L] [--keep DIR] [--slowest K] [--profile FILE]
 *
 * --limit L is the results asked for per query (default 20, the Search screen's
 * page: each needs its document read and a snippet made).
 * --keep DIR keeps Chromium's profile (and so the built index) in DIR and reuses
 * it when it already holds N documents, to iterate on query speed without a
 * rebuild; --slowest K lists the K slowest queries with where their time went;
 * --profile FILE writes a CPU profile of the worker over the query rounds (an
 * unminified build, so names are readable; its timings are not the figures).
 *
 * Runs the real search worker (renderer/search) in headless Chromium over a
 * corpus of N articles (default 50,000) of ~1,100 words recombined from real BBC
 * paragraphs, and prints build time, cold start, query latency percentiles per
 * query kind, one-document update time, searches during a checkpoint and the
 * worker's JS heap.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../chromium';
import type { SourceArticle } from './search-corpus';
import { WorkerProfiler } from './worker-profiler';
import type { bench as benchApi } from './search-page/bench-page';

type Bench = { bench: typeof benchApi };

const pageDir = fileURLToPath(new URL('./search-page/', import.meta.url));

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!.toFixed(1);
  return `p50 ${at(0.5).padStart(7)}  p95 ${at(0.95).padStart(7)}  p99 ${at(0.99).padStart(7)} ms  (n=${values.length})`;
}

const corpusPath = option('corpus', fileURLToPath(new URL('../../../shared/fixtures/corpus/bbc-news-2225.jsonl', import.meta.url)));
const docs = Number(option('docs', '50000'));
const rounds = Number(option('rounds', '5'));
const keep = option('keep', '');
const slowest = Number(option('slowest', '0'));
const limit = Number(option('limit', '20'));
if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number, not "${option('limit', '')}".`);
const profileFile = option('profile', '');
if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive whole number, not "${option('docs', '')}".`);
const articles: SourceArticle[] = readFileSync(corpusPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SourceArticle);

// A production build, as the app ships it: cold start then measures a bundled worker, not a dev server.
const outDir = mkdtempSync(join(tmpdir(), 'quire-search-bench-'));
await build({ root: pageDir, base: './', configFile: false, logLevel: 'error', worker: { format: 'es' }, build: { outDir, emptyOutDir: true, minify: !profileFile } });
// Cross-origin isolation lets the page measure the worker's memory (performance.measureUserAgentSpecificMemory).
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
// A kept profile needs a fixed origin: IndexedDB belongs to scheme, host and port.
const port = keep ? 47_950 : 0;
const server = await preview({ root: pageDir, configFile: false, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, headers: isolation } });
const url = server.resolvedUrls!.local[0]!;
const launch = { executablePath: chromiumPath, args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'] };
const context = keep ? await chromium.launchPersistentContext(keep, launch) : await (await chromium.launch(launch)).newContext();
try {
  const page = await context.newPage();
  page.on('console', (message) => console.log(`  [page] ${message.text()}`));
  page.setDefaultTimeout(0);
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  console.log(`Search benchmark: ${docs} documents from ${articles.length} articles (${corpusPath}), ${limit} results per query`);

  const kept = keep ? await page.evaluate((n) => (window as never as { bench: Bench['bench'] }).bench.indexed(n), docs) : false;
  if (kept) {
    console.log(`full rebuild        skipped: the kept profile in ${keep} already holds ${docs} documents`);
  } else {
    const build = await page.evaluate(([source, n]) => (window as never as { bench: Bench['bench'] }).bench.build(source, n), [articles, docs] as const);
    console.log(`full rebuild        ${(build.buildMs / 1000).toFixed(1)} s  (of which snapshot to IndexedDB ${(build.snapshotMs / 1000).toFixed(1)} s)`);
  }
  await page.evaluate(([source, l]) => (window as never as { bench: Bench['bench'] }).bench.use(source, l), [articles, limit] as const);

  const profiler = profileFile ? await WorkerProfiler.attach(page) : null;
  const cold = await page.evaluate(() => (window as never as { bench: Bench['bench'] }).bench.coldStart());
  console.log(`cold start          ${cold.coldStartMs.toFixed(0)} ms to first result (restored from IndexedDB: ${cold.restored}, ${cold.docs} docs, ${cold.firstTotal} hits); all segments in memory after ${cold.fullLoadMs.toFixed(0)} ms; documents from the OPFS doc file: ${cold.docFile}`);
  const startup = cold.startup ? Object.entries(cold.startup).map(([phase, ms]) => `${phase.replace(/Ms$/, '')} ${ms.toFixed(0)}`).join(', ') : 'not reported';
  console.log(`  opening (ms): ${startup}; first query: segments ${cold.first.loadMs.toFixed(0)}, matching ${cold.first.matchMs.toFixed(0)}, documents and snippets ${cold.first.resultsMs.toFixed(0)}`);

  if (profiler) console.log(await profiler.start() ? 'profiling the worker over the query rounds' : 'no worker to profile');
  const { queries, inWorker, sample, sampleTotal, slow } = await page.evaluate((r) => (window as never as { bench: Bench['bench'] }).bench.queries(r), rounds);
  if (profiler) console.log(`CPU profile of the worker in ${profileFile}; self time:\n${(await profiler.stop(profileFile)).join('\n')}`);
  for (const [kind, timings] of Object.entries(queries)) console.log(`${kind.padEnd(20)}${percentiles(timings)}`);
  console.log(`all queries         ${percentiles(Object.values(queries).flat())}`);
  console.log(`  in the worker: matching and ranking ${percentiles(inWorker.match)}`);
  console.log(`  in the worker: documents + snippets ${percentiles(inWorker.results)}`);
  console.log(`    of which waiting for documents   ${percentiles(inWorker.fetch)}`);
  for (const entry of slow.slice(0, slowest)) {
    console.log(`  slow: ${entry.ms.toFixed(1).padStart(6)} ms  ${JSON.stringify(entry.query).padEnd(22)} round ${entry.round}: load ${entry.loadMs.toFixed(1)}, match ${entry.matchMs.toFixed(1)}, results ${entry.resultsMs.toFixed(1)} (fetch ${entry.fetchMs.toFixed(1)}) ms, ${entry.total} hits`);
  }
  console.log(`sample "prime minister" economy: ${sampleTotal} hits; top: ${sample[0]?.title ?? '-'} | ${sample[0]?.snippet.slice(0, 120) ?? ''}`);

  const memory = await page.evaluate(() => (window as never as { bench: Bench['bench'] }).bench.memory());
  console.log(`memory              ${memory}`);

  const { updates, applied, foundAfterUpdate } = await page.evaluate(() => (window as never as { bench: Bench['bench'] }).bench.updates(30));
  console.log(`one-doc update      ${percentiles(updates)} (round trip incl. IndexedDB commit; edited doc ranks first: ${foundAfterUpdate})`);
  console.log(`  applied (searchable) in the worker ${percentiles(applied)}`);

  const { checkpointMs, during } = await page.evaluate(() => (window as never as { bench: Bench['bench'] }).bench.duringCheckpoint());
  const longest = Math.max(...during).toFixed(1);
  console.log(`during a checkpoint ${percentiles(during)}, longest ${longest} ms (the checkpoint took ${checkpointMs.toFixed(0)} ms)`);
} finally {
  await context.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
