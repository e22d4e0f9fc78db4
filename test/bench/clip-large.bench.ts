/**
 * `npm run bench:clip-large`: clips synthetic 5 MB and 14 MB pages (test/bench/large-page.ts)
 * and a 14 MB wall of text in Chromium, and prints how long the longest main-thread
 * task was (PerformanceObserver 'longtask'): the time the window could not answer.
 */
import { readFileSync } from 'node:fs';
import { openBenchPage } from './bench-browser';
import type { LargeClipFigures } from './clip-large-entry';
import { heavyPage } from './large-page';

type BenchWindow = { setPage: (html: string) => void; clipLarge: (url: string) => Promise<LargeClipFigures> };

const article = readFileSync(new URL('../../../shared/fixtures/pages/bbc-1/source.html', import.meta.url), 'utf8');
const paragraph = `<p>${'The treaty was signed in 1987, and both sides said they would keep to it, for now. '.repeat(8)}</p>`;
const wallOfText = (megabytes: number) =>
  `<html><head><title>A long book</title></head><body><article><h1>A long book</h1>${paragraph.repeat(Math.ceil((megabytes * 1024 * 1024) / paragraph.length))}</article></body></html>`;

const cases = [
  { name: 'heavy page, 5 MB', html: heavyPage(article, 5) },
  { name: 'heavy page, 14 MB', html: heavyPage(article, 14) },
  { name: 'wall of text, 14 MB', html: wallOfText(14) },
];

const { browser, page, close } = await openBenchPage(new URL('./clip-large-entry.ts', import.meta.url));
try {
  console.log(`\nbench:clip-large: Chromium ${browser.version()}, one clip each\n`);
  console.log(`${'page'.padEnd(22)}${'MB'.padStart(6)}${'clip ms'.padStart(10)}${'longest task ms'.padStart(17)}${'long tasks'.padStart(12)}  outcome`);
  for (const { name, html } of cases) {
    await page.evaluate((h) => (window as unknown as BenchWindow).setPage(h), html);
    const figures = await page.evaluate((u) => (window as unknown as BenchWindow).clipLarge(u), 'http://fakehost/large/page.html');
    const mb = (html.length / (1024 * 1024)).toFixed(1);
    console.log(
      `${name.padEnd(22)}${mb.padStart(6)}${figures.ms.toFixed(0).padStart(10)}${figures.longestTaskMs.toFixed(0).padStart(17)}${String(figures.longTasks).padStart(12)}  ${figures.outcome}`,
    );
  }
} finally {
  await close();
}
