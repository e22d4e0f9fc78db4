/**
 * `npm run bench:clip [-- --pages N]`: time per fixture page of the clipper and of
 * plain Readability, in Node (jsdom) and in Chromium, in the same run. Each
 * figure includes parsing the HTML. Target: clipper median <= 60 ms in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { clip } from '../../renderer/clip/pipeline';
import { createNodeClipDeps, parseHTMLWithJsdom } from '../cli/node-dom';
import { openBenchPage } from './bench-browser';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);
const URL_OF_PAGE = 'http://fakehost/test/page.html';
const limitArg = process.argv.indexOf('--pages');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;

const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .slice(0, limit)
  .map((name) => ({ name, html: readFileSync(new URL(`${name}/source.html`, PAGES), 'utf8') }));

type Row = { runtime: string; what: string; times: number[] };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(index, 0)] ?? NaN;
}

async function benchNode(): Promise<Row[]> {
  const deps = createNodeClipDeps();
  const clipTimes: number[] = [];
  const readabilityTimes: number[] = [];
  for (const { html } of pages.slice(0, 3)) await clip({ kind: 'html', html, url: URL_OF_PAGE }, deps);
  for (const { html } of pages) {
    let start = performance.now();
    await clip({ kind: 'html', html, url: URL_OF_PAGE }, deps);
    clipTimes.push(performance.now() - start);
    start = performance.now();
    new Readability(parseHTMLWithJsdom(html, URL_OF_PAGE)).parse();
    readabilityTimes.push(performance.now() - start);
  }
  return [
    { runtime: 'node (jsdom)', what: 'quire clip', times: clipTimes },
    { runtime: 'node (jsdom)', what: 'readability', times: readabilityTimes },
  ];
}

type BenchWindow = { clipBench: { timeClip(html: string, url: string): Promise<number>; timeReadability(html: string, url: string): number } };

async function benchChromium(): Promise<Row[]> {
  const { page, close } = await openBenchPage(new URL('./clip-bench-entry.ts', import.meta.url));
  try {
    const clipTimes: number[] = [];
    const readabilityTimes: number[] = [];
    const timeClip = (html: string) => page.evaluate(([h, u]) => (window as unknown as BenchWindow).clipBench.timeClip(h, u), [html, URL_OF_PAGE] as const);
    const timeReadability = (html: string) => page.evaluate(([h, u]) => (window as unknown as BenchWindow).clipBench.timeReadability(h, u), [html, URL_OF_PAGE] as const);
    for (const { html } of pages.slice(0, 3)) await timeClip(html);
    for (const { html } of pages) {
      clipTimes.push(await timeClip(html));
      readabilityTimes.push(await timeReadability(html));
    }
    return [
      { runtime: 'chromium', what: 'quire clip', times: clipTimes },
      { runtime: 'chromium', what: 'readability', times: readabilityTimes },
    ];
  } finally {
    await close();
  }
}

function printTable(rows: Row[]): void {
  console.log(`\nclip benchmark: ${pages.length} fixture pages, ms per page (parse included)\n`);
  console.log(`${'runtime'.padEnd(14)}${'pipeline'.padEnd(14)}${'median'.padStart(9)}${'p90'.padStart(9)}${'max'.padStart(9)}`);
  for (const { runtime, what, times } of rows) {
    const sorted = [...times].sort((a, b) => a - b);
    const cells = [percentile(sorted, 50), percentile(sorted, 90), sorted[sorted.length - 1] ?? NaN].map((ms) => ms.toFixed(1).padStart(9));
    console.log(`${runtime.padEnd(14)}${what.padEnd(14)}${cells.join('')}`);
  }
  const chromiumClip = rows.find((row) => row.runtime === 'chromium' && row.what === 'quire clip');
  if (chromiumClip) {
    const median = percentile([...chromiumClip.times].sort((a, b) => a - b), 50);
    console.log(`\ntarget: chromium clip median <= 60 ms: ${median <= 60 ? 'met' : 'NOT met'} (${median.toFixed(1)} ms)`);
  }
}

const rows = [...(await benchChromium()), ...(await benchNode())];
printTable(rows);
