/**
 * The idle pass: after a catalog change every clip's stored suggestions are
 * stale (cache.ts), and this brings them up to date a few clips at a time, in
 * the browser's idle moments, newest clips first, so a name just added to the
 * catalog shows up as a mention across the library without anyone opening each
 * clip. The matching itself runs in the suggestion worker, one clip at a time,
 * so a clip the user opens waits for at most one clip of background work.
 * It pauses while the window is hidden, and a newer catalog change restarts it.
 * A pass that finished leaves a stamp of the library, so the next start-up,
 * with no clip added or removed and no catalog entry changed since, skips the
 * scan (a clip whose text changed is recomputed when it is opened).
 */
import { countClips, listClips } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { listEntities } from '../../db/entities';
import { getMeta, setMeta } from '../../db/settings';
import { catalogSnapshot, suggesterRevision } from '../../suggest/client';
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

/**
 * The library as a whole pass saw it: suggester, catalog, and which clips there
 * were. While it holds, a pass at start-up has nothing to do and reads no clip.
 */
const PASS_KEY = 'suggest:pass';

async function libraryStamp(db: LibraryDb, catalogVersion: string): Promise<string> {
  // Newest by creation, not by update: reading a clip updates it (its reading position) and changes no suggestion.
  const [count, [newest]] = await Promise.all([countClips(db), listClips(db, { limit: 1, sort: 'createdAt' })]);
  return `${suggesterRevision()}|${catalogVersion}|${count}|${newest?.id ?? ''}`;
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
    const stamp = await libraryStamp(db, catalog.version);
    if (stamp === (await getMeta<string>(db, PASS_KEY))) return onProgress?.({ seen: 0, computed: 0, done: true });
    let seen = 0;
    let computed = 0;
    let failed = false;
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
          failed = true;
          return null;
        });
        seen++;
        if (result?.computed) computed++;
      }
      onProgress?.({ seen, computed, done: false });
    }
    if (!failed && current()) await setMeta(db, PASS_KEY, stamp);
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
