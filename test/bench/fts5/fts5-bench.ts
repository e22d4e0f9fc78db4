/**
 * npm run bench:fts5 -- [--corpus FILE.jsonl] [--docs N] [--rounds R] [--batch B] [--prefix "2 3"]
 *                        [--vfs opfs-sahpool|opfs] [--pragmas "synchronous=NORMAL;journal_mode=TRUNCATE"]
 *                        [--keep PROFILE_DIR [--reuse]]
 *
 * The comparison issue 6 asks for: SQLite FTS5 (official WASM build, in a
 * dedicated worker, database in OPFS) over the same scaled corpus and query mix
 * as `npm run bench:search`, in headless Chromium. Prints build time, database
 * size, cold start, query percentiles per kind, memory and one-document updates.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../../chromium';
import type { SourceArticle } from '../search-corpus';
import { QUERY_MIX } from '../search-corpus';
import type { bench as benchApi } from './fts5-page';
import { isPrefixOption } from './fts5-schema';
import { isPragmaList } from './protocol';

type BenchWindow = { bench: typeof benchApi };

const pageDir = fileURLToPath(new URL('./', import.meta.url));

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1]! : fallback;
}

function wholeNumber(name: string, fallback: string): number {
  const value = Number(option(name, fallback));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, not "${option(name, '')}".`);
  return value;
}

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!.toFixed(1);
  return `p50 ${at(0.5).padStart(7)}  p95 ${at(0.95).padStart(7)}  p99 ${at(0.99).padStart(7)} ms  (n=${values.length})`;
}

const mb = (bytes: number | null) => (bytes === null ? 'not measurable' : `${(bytes / 1e6).toFixed(0)} MB`);

const corpusPath = option('corpus', fileURLToPath(new URL('../../../../shared/fixtures/corpus/bbc-news-2225.jsonl', import.meta.url)));
const docs = wholeNumber('docs', '50000');
const rounds = wholeNumber('rounds', '5');
const batch = wholeNumber('batch', '500');
const prefix = option('prefix', '2 3');
const vfs = option('vfs', 'opfs-sahpool');
const pragmas = option('pragmas', '');
if (vfs !== 'opfs-sahpool' && vfs !== 'opfs') throw new Error(`--vfs must be opfs-sahpool or opfs, not "${vfs}".`);
if (!isPragmaList(pragmas)) throw new Error(`--pragmas must look like "synchronous=NORMAL;journal_mode=TRUNCATE", not "${pragmas}".`);
if (!isPrefixOption(prefix)) throw new Error(`--prefix must be lengths separated by spaces, like "2 3" (or "" for none), not "${prefix}".`);
// --keep keeps the browser profile, and OPFS with it, so that --reuse can measure again without a rebuild.
// OPFS belongs to an origin, so a kept profile is served from the same port every time.
const KEPT_PORT = 41_790;
const keep = option('keep', '');
const reuse = process.argv.includes('--reuse');
if (reuse && !keep) throw new Error('--reuse needs --keep PROFILE_DIR: the database lives in that browser profile.');
const articles: SourceArticle[] = readFileSync(corpusPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SourceArticle);

const outDir = mkdtempSync(join(tmpdir(), 'quire-fts5-bench-'));
await build({ root: pageDir, base: './', configFile: false, logLevel: 'error', worker: { format: 'es' }, build: { outDir, emptyOutDir: true } });
// sqlite3.mjs fetches its WASM and the opfs VFS's helper worker beside itself, by names Vite cannot see
// (new URL(name, import.meta.url)), so they go next to the worker chunk: one of the costs of bundling it.
const jswasm = dirname(createRequire(import.meta.url).resolve('@sqlite.org/sqlite-wasm/sqlite3.wasm'));
for (const file of ['sqlite3.wasm', 'sqlite3-opfs-async-proxy.js']) copyFileSync(join(jswasm, file), join(outDir, 'assets', file));
// Cross-origin isolation: for measureUserAgentSpecificMemory, and the opfs VFS's SharedArrayBuffer (sahpool needs neither).
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const server = await preview({ root: pageDir, configFile: false, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: keep ? KEPT_PORT : 0, strictPort: true, headers: isolation } });
const launch = { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-precise-memory-info'] };
const browser = keep ? null : await chromium.launch(launch);
const context = browser ? await browser.newContext() : await chromium.launchPersistentContext(keep, launch);
try {
  const page = await context.newPage();
  page.on('console', (message) => console.log(`  [page] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`  [page error] ${error.message}`));
  page.setDefaultTimeout(0);
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForFunction(() => 'bench' in window);
  console.log(`FTS5 benchmark: ${docs} documents from ${articles.length} articles (${corpusPath}); ${vfs} VFS, prefix index '${prefix}', ${batch} docs per transaction, pragmas '${pragmas || 'default'}'`);

  if (reuse) {
    await page.evaluate(([n, v, p]) => (window as never as BenchWindow).bench.use(n, v, p), [docs, vfs, pragmas] as const);
    console.log(`full rebuild        skipped (--reuse: the database built earlier in ${keep})`);
  } else {
    const built = await page.evaluate(([source, n, size, lengths, v, p]) => (window as never as BenchWindow).bench.build(source, n, size, lengths, v, p), [articles, docs, batch, prefix, vfs, pragmas] as const);
    console.log(`full rebuild        ${(built.buildMs / 1000).toFixed(1)} s  (inserts ${(built.insertMs / 1000).toFixed(1)} s, optimize ${(built.optimizeMs / 1000).toFixed(1)} s)`);
    console.log(`database            ${mb(built.fileBytes)} file (FTS5 index ${mb(built.indexBytes)}, stored text ${mb(built.textBytes)}); OPFS usage ${mb(built.opfsUsage)}`);
  }

  const cold = await page.evaluate(() => (window as never as BenchWindow).bench.coldStart());
  const { sqliteMs, openMs } = cold.openedIn;
  console.log(`cold start          ${cold.coldStartMs.toFixed(0)} ms to first result, ${cold.hits} hits (load SQLite WASM ${sqliteMs.toFixed(0)} ms, VFS + open ${openMs.toFixed(0)} ms, query ${cold.sqlMs.toFixed(0)} ms)`);

  const { queries, inWorker, zeroHitQueries, slowest, sample } = await page.evaluate((r) => (window as never as BenchWindow).bench.queries(r), rounds);
  for (const [kind, timings] of Object.entries(queries)) console.log(`${kind.padEnd(20)}${percentiles(timings)}`);
  console.log(`all queries         ${percentiles(Object.values(queries).flat())}`);
  console.log(`  in the worker: SQL incl. snippets ${percentiles(inWorker)}`);
  for (const [kind, zero] of Object.entries(zeroHitQueries)) {
    if (zero.length > 0) console.log(`  0 hits: ${zero.length} / ${QUERY_MIX[kind as keyof typeof QUERY_MIX].length} ${kind} (${zero.join(', ')})`);
  }
  console.log(`  slowest: ${slowest.map(({ query, ms }) => `${query} ${ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`sample "prime minister" economy: top: ${sample[0]?.display ?? '-'} | ${sample[0]?.snippet.slice(0, 120) ?? ''}`);

  const memory = await page.evaluate(() => (window as never as BenchWindow).bench.memory());
  console.log(`memory              worker ${mb(memory.workerBytes)} (page and worker ${mb(memory.totalBytes)}); SQLite WASM heap ${mb(memory.wasmHeapBytes)} (page cache up to ${memory.cacheKiB / 1024} MB)`);

  const { updates, inWorker: updateSql, foundAfterUpdate } = await page.evaluate(() => (window as never as BenchWindow).bench.updates(30));
  console.log(`one-doc update      ${percentiles(updates)} (round trip, committed to OPFS; edited doc ranks first: ${foundAfterUpdate})`);
  console.log(`  in the worker     ${percentiles(updateSql)}`);
} finally {
  await context.close();
  await browser?.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
