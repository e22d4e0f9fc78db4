/** Bundled into the Chromium page by clip-large.bench.ts: one clip of a big page, and the longest main-thread task it caused. */
import { createBrowserClipDeps } from '../../renderer/clip/browser';
import { clip } from '../../renderer/clip/pipeline';

const deps = createBrowserClipDeps();

export type LargeClipFigures = { ms: number; longestTaskMs: number; longTasks: number; outcome: string };

let pending = '';

/** The page arrives in a task of its own: handing 14 MB to the page is not the clipper's time. */
function setPage(html: string): void {
  pending = html;
}

async function clipLarge(url: string): Promise<LargeClipFigures> {
  const html = pending;
  pending = '';
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  const result = await clip({ kind: 'html', html, url }, deps, {});
  const ms = performance.now() - start;
  // Long tasks are reported after they end: let the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  const tasks = entries.filter((entry) => entry.startTime >= start - 1).map((entry) => entry.duration);
  return {
    ms,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    outcome: result.ok ? `clip of ${result.draft.wordCount} words` : `refused: ${result.error.code}`,
  };
}

Object.assign(window, { clipLarge, setPage });
