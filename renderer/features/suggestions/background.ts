/**
 * The idle pass: after a catalog change every clip's stored suggestions are
 * stale (cache.ts), and this brings them up to date a few clips at a time, in
 * the browser's idle moments, newest clips first, so a name just added to the
 * catalog shows up as a mention across the library without anyone opening each
 * clip. The matching itself runs in the suggestion worker, one clip at a time,
 * so a clip the user opens waits for at most one clip of background work.
 * It pauses while the window is hidden, and a newer catalog change restarts it.
 */
import { listClips } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { listEntities } from '../../db/entities';
import { catalogSnapshot } from '../../suggest/client';
import { updateSuggestions } from './cache';

export type BackgroundOptions = {
  /** Clips brought up to date per idle moment. */
  batch: number;
  /** How long a catalog change settles before the pass starts (edits come in bursts). */
  settleMs: number;
  /** Resolves at the next moment the page has nothing better to do. */
  idle: () => Promise<void>;
  /** Resolves once the window is visible (at once if it is). */
  visible: () => Promise<void>;
  /** Told how far a pass got: clips looked at, clips recomputed. */
  onProgress?: (progress: { seen: number; computed: number; done: boolean }) => void;
};

export type BackgroundPass = { wake(): void; stop(): void };

export function idleMoment(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 5_000 });
    else setTimeout(resolve, 50);
  });
}

export function windowVisible(): Promise<void> {
  if (document.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    document.addEventListener('visibilitychange', onChange);
  });
}

const DEFAULTS: BackgroundOptions = { batch: 3, settleMs: 1_500, idle: idleMoment, visible: windowVisible };

/** Starts a pass (after `settleMs`), and another on each `wake()`; a newer pass cancels the older one. */
export function startBackgroundSuggestions(db: LibraryDb, options: Partial<BackgroundOptions> = {}): BackgroundPass {
  const { batch, settleMs, idle, visible, onProgress } = { ...DEFAULTS, ...options };
  let wanted = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  async function pass(mine: number): Promise<void> {
    const current = () => !stopped && mine === wanted;
    const catalog = catalogSnapshot(await listEntities(db));
    let seen = 0;
    let computed = 0;
    for (let offset = 0; ; offset += batch) {
      await visible();
      await idle();
      if (!current()) return;
      const clips = await listClips(db, { offset, limit: batch, sort: 'createdAt' });
      if (clips.length === 0) break;
      for (const clip of clips) {
        if (!current()) return;
        const result = await updateSuggestions(db, clip, catalog).catch((error: unknown) => {
          console.warn(`Suggestions for “${clip.title}” failed; they are computed again when it opens.`, error);
          return null;
        });
        seen++;
        if (result?.computed) computed++;
      }
      onProgress?.({ seen, computed, done: false });
    }
    onProgress?.({ seen, computed, done: true });
  }

  const wake = (delay: number) => {
    if (stopped) return;
    const mine = ++wanted;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => pass(mine)).catch((error: unknown) => console.warn('The background suggestion pass stopped:', error));
    }, delay);
  };
  wake(settleMs);
  return {
    wake: () => wake(settleMs),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
