/**
 * npm run bench:search-engine -- [--docs N] [--rounds R] [--cache FILE] [--best]
 *
 * The engine alone, in Node, with documents in memory: what each query costs in
 * time (planning and matching, then ranking, documents and snippets), without
 * the worker, IndexedDB or the browser. On a busy machine, --best takes each
 * query's fastest of its rounds, which is the engine's cost without the noise. For working on the engine's speed; the
 * figures that count are bench:search's, in Chromium. --cache FILE keeps the
 * built index on disk so later runs skip the build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { MemoryDocStore, SearchEngine } from '../../shared/search/engine';
import type { EngineSnapshot } from '../../shared/search/engine';
import type { SegmentData } from '../../shared/search/inverted-index';
import { prepareCorpus, QUERY_MIX, scaledDoc } from './search-corpus';
import type { SourceArticle } from './search-corpus';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const docs = Number(option('docs', '50000'));
const rounds = Number(option('rounds', '3'));
const cache = option('cache', '');
const bestOfRounds = process.argv.includes('--best');
const corpusPath = fileURLToPath(new URL('../../../shared/fixtures/corpus/bbc-news-2225.jsonl', import.meta.url));
const articles = readFileSync(corpusPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SourceArticle);
const corpus = prepareCorpus(articles);

const store = new MemoryDocStore();
for (let n = 0; n < docs; n += 1) { const doc = scaledDoc(corpus, n); store.docs.set(doc.id, doc); }

type Saved = { meta: EngineSnapshot; segments: SegmentData[] };
let engine: SearchEngine;
if (cache && existsSync(cache)) {
  const saved = deserialize(readFileSync(cache)) as Saved;
  const bySeg = new Map(saved.segments.map((segment) => [segment.seg, segment]));
  const start = performance.now();
  engine = SearchEngine.restore(saved.meta, store, (seg) => Promise.resolve(bySeg.get(seg)), performance.now.bind(performance))!;
  console.log(`restored ${engine.size} docs in ${(performance.now() - start).toFixed(0)} ms`);
  await engine.loadAll();
} else {
  engine = SearchEngine.create(store, performance.now.bind(performance));
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of store.docs.values()) engine.add(doc);
  const used = process.cpuUsage(cpu);
  console.log(`indexed ${docs} docs in ${((performance.now() - start) / 1000).toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} s CPU)`);
  const snapStart = performance.now();
  const saved = await engine.snapshot();
  console.log(`snapshot (compaction) ${(performance.now() - snapStart).toFixed(0)} ms`);
  if (cache) writeFileSync(cache, serialize(saved));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const all: number[] = [];
const slow: { query: string; ms: number; match: number; results: number; total: number }[] = [];
for (const [kind, list] of Object.entries(QUERY_MIX)) {
  const times: number[] = [];
  for (const query of list) {
    const runs: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const start = performance.now();
      const response = await engine.search(query, { limit: 20 });
      const ms = performance.now() - start;
      runs.push(ms);
      if (round > 0) slow.push({ query, ms, match: response.timings.matchMs, results: response.timings.resultsMs, total: response.total });
    }
    if (bestOfRounds) times.push(Math.min(...runs));
    else times.push(...runs);
  }
  all.push(...times);
  times.sort((a, b) => a - b);
  console.log(`${kind.padEnd(14)} p50 ${percentile(times, 0.5).toFixed(2).padStart(7)}  p95 ${percentile(times, 0.95).toFixed(2).padStart(7)}  max ${times.at(-1)!.toFixed(2).padStart(7)} ms`);
}
all.sort((a, b) => a - b);
console.log(`all            p50 ${percentile(all, 0.5).toFixed(2).padStart(7)}  p95 ${percentile(all, 0.95).toFixed(2).padStart(7)}  p99 ${percentile(all, 0.99).toFixed(2).padStart(7)} ms`);
slow.sort((a, b) => b.ms - a.ms);
for (const entry of slow.slice(0, 12)) {
  console.log(`  ${entry.ms.toFixed(2).padStart(7)} ms ${JSON.stringify(entry.query).padEnd(22)} match ${entry.match.toFixed(2)}  results ${entry.results.toFixed(2)}  (${entry.total} hits)`);
}
