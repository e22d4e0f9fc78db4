/** Bundled into the Chromium page by clip.bench.ts: the clipper and plain Readability, timed in the page. */
import { Readability } from '@mozilla/readability';
import { createBrowserClipDeps, parseHTMLInBrowser } from '../../renderer/clip/browser';
import { clip } from '../../renderer/clip/pipeline';

const deps = createBrowserClipDeps();

async function timeClip(html: string, url: string): Promise<number> {
  const start = performance.now();
  await clip({ kind: 'html', html, url }, deps);
  return performance.now() - start;
}

function timeReadability(html: string, url: string): number {
  const start = performance.now();
  new Readability(parseHTMLInBrowser(html, url)).parse();
  return performance.now() - start;
}

Object.assign(window, { clipBench: { timeClip, timeReadability } });
