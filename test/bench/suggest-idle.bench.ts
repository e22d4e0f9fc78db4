/**
 * `npm run bench:suggest-idle [-- clips]`: the reader's idle suggestion pass over
 * real BBC articles in Chromium (worker + IndexedDB). The page half is
 * renderer/features/suggestions/bench/idle-pass.page.ts, served by Vite's dev
 * server because it needs the app's suggestion worker.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../chromium';
import type { Article } from '../../renderer/features/suggestions/bench/idle-pass.page';

const count = Number(process.argv[2] ?? 300);
const corpus = fileURLToPath(new URL('../../../shared/fixtures/corpus/bbc-news-2225.jsonl', import.meta.url));
const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, count)
  .map((line) => JSON.parse(line) as Article);
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);

const server = await createServer({ configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && console.error('[page]', message.text()));
  // A document of the dev server's origin that does not boot the app, whose own pass would run beside this one.
  await page.goto(new URL('reader-frame.css', server.resolvedUrls!.local[0]!).href);
  const figures = await page.evaluate(
    async (list) => {
      const entry: string = '/features/suggestions/bench/idle-pass.page.ts';
      const bench = (await import(/* @vite-ignore */ entry)) as { runIdlePassBench: (a: Article[]) => Promise<Record<string, string>> };
      return bench.runIdlePassBench(list);
    },
    articles,
  );
  console.log(`bench:suggest-idle — ${articles.length} BBC clips (${words.toLocaleString('en')} words), Chromium ${browser.version()}`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
} finally {
  await browser.close();
  await server.close();
}
