/**
 * The page half of `npm run bench:suggest-idle` (test/bench/suggest-idle.bench.ts
 * loads it from Vite's dev server into Chromium): a library of real articles,
 * then the idle pass timed cold, with nothing changed, with nothing stale, and after a catalog change,
 * with clips opened while it runs and the page's long tasks counted.
 */
import type { Clip } from '../../../../shared/model';
import { addClips } from '../../../db/clips';
import type { LibraryDb } from '../../../db/db';
import { createEntity, listEntities } from '../../../db/entities';
import { setMeta } from '../../../db/settings';
import { clipDraft, freshLibrary } from '../../../db/testing';
import { seedGazetteer } from '../../entities/gazetteer-seed';
import { startBackgroundSuggestions } from '../background';
import { updateSuggestions } from '../cache';

type Progress = { seen: number; computed: number; done: boolean };
export type Article = { title: string; text: string };

const ms = (value: number) => `${value.toFixed(1)} ms`;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function timedPass(db: LibraryDb): Promise<{ ms: number; progress: Progress }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const pass = startBackgroundSuggestions(db, {
      settleMs: 0,
      onProgress: (progress) => {
        if (!progress.done) return;
        pass.stop();
        resolve({ ms: performance.now() - started, progress });
      },
    });
  });
}

/** Opens clips the pass (newest first) has not reached yet, as the reader does: each is computed on the spot. */
async function openWhileRunning(db: LibraryDb, clips: readonly Clip[]): Promise<string[]> {
  const opened: string[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const entities = await listEntities(db);
    const started = performance.now();
    const { computed } = await updateSuggestions(db, clips[i * 7]!, entities);
    opened.push(`${ms(performance.now() - started)}${computed ? '' : ' (was fresh)'}`);
  }
  return opened;
}

export async function runIdlePassBench(articles: readonly Article[]): Promise<Record<string, string>> {
  const db = await freshLibrary();
  await seedGazetteer(db);
  const drafts = articles.map((a, i) =>
    clipDraft({ title: a.title, text: a.text, html: a.text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join(''), canonicalUrl: `https://bbc.example/${i}`, contentHash: `bbc-${i}` }),
  );
  const clips = await addClips(db, drafts);
  const longTasks: number[] = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });

  const cold = await timedPass(db);
  longTasks.length = 0;
  const skipped = await timedPass(db);
  // Without the library's stamp (a clip added by an import, say): every clip read, none computed.
  await setMeta(db, 'suggest:pass', null);
  const noop = await timedPass(db);
  await createEntity(db, { name: 'Tony Blair', kind: 'person', aliases: ['Blair'] });
  const changedPass = timedPass(db);
  const opened = await openWhileRunning(db, clips);
  const changed = await changedPass;
  const row = (p: { ms: number; progress: Progress }) => `${ms(p.ms)}, ${p.progress.computed} computed, ${ms(p.ms / p.progress.seen)} per clip`;
  return {
    'first pass (every clip computed)': row(cold),
    'start-up pass, nothing changed (library stamp holds)': ms(skipped.ms),
    'pass reading every clip, none stale': row(noop),
    'pass after adding one person': row(changed),
    'opening a stale clip during that pass': opened.join(', '),
    'long tasks (>50 ms) on the page, last two passes': longTasks.length === 0 ? 'none' : `${longTasks.length}, longest ${ms(Math.max(...longTasks))}`,
  };
}
