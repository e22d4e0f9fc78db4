/**
 * `npm run bench:db`: a 50k-clip library in real Chromium IndexedDB, built from the BBC
 * corpus's paragraphs recombined; prints how long the UI's reads, export and import take.
 * Options: --clips=N (default 50000).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium';
import type { BenchConfig, BenchRow } from './db-bench-page';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const config: BenchConfig = { clips: arg('clips', 50_000), quotesPerClip: 2, entities: 500, batch: 1_000 };

async function corpus(): Promise<{ paragraphs: string[]; titles: string[] }> {
  const lines = (await readFile(here('../../../shared/fixtures/corpus/bbc-news-2225.jsonl'), 'utf8')).trim().split('\n');
  const articles = lines.map((line) => JSON.parse(line) as { title: string; text: string });
  return {
    titles: articles.map((a) => a.title),
    paragraphs: articles.flatMap((a) => a.text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p.length > 40)),
  };
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [here('./db-bench-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2023',
    write: false,
    globalName: undefined,
    footer: { js: 'window.runBench = runBench;' },
  });
  return result.outputFiles[0]!.text.replace(/^export \{[^}]*\};?\s*$/m, '');
}

async function main(): Promise<void> {
  const [{ paragraphs, titles }, script] = await Promise.all([corpus(), bundle()]);
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>bench:db</title><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => message.type() === 'error' && console.error('[page]', message.text()));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'runBench' in window);
    console.log(`bench:db — ${config.clips} clips from ${paragraphs.length} BBC paragraphs, Chromium ${browser.version()}`);
    const rows = await page.evaluate(
      ([p, t, c]) => (window as unknown as { runBench: (...a: unknown[]) => Promise<BenchRow[]> }).runBench(p, t, c),
      [paragraphs, titles, config] as const,
    );
    const width = Math.max(...rows.map((r) => r.what.length));
    console.log(`${'operation'.padEnd(width)} | ${'ms'.padStart(10)} | note`);
    console.log(`${'-'.repeat(width)}-|-${'-'.repeat(10)}-|-----`);
    for (const row of rows) console.log(`${row.what.padEnd(width)} | ${row.ms.toFixed(1).padStart(10)} | ${row.note}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
