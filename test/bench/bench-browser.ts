import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium';

export type BenchBrowser = { browser: Browser; page: Page; close: () => Promise<void> };

/**
 * Bundles a bench entry (test/bench/*-entry.ts) and loads it into Debian's Chromium, on
 * an empty page served from 127.0.0.1: a secure context, as the app is (crypto.subtle is there).
 */
export async function openBenchPage(entry: URL): Promise<BenchBrowser> {
  const bundle = await build({ entryPoints: [entry.pathname], bundle: true, format: 'iife', platform: 'browser', write: false, minify: true });
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body></body></html>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    return { browser, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
