import { useCallback, useEffect, useRef } from 'react';
import type { Clip } from '../../../shared/model';
import { updateClip } from '../../db/clips';
import { useLibraryDb } from '../library/library-db';

const SAVE_AFTER_MS = 800;

/** Saves how far the reader scrolled (0..1), debounced, and flushes on close. */
export function useReadingProgress(clip: Clip): (progress: number) => void {
  const db = useLibraryDb();
  const pending = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(clip.readingProgress);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const progress = pending.current;
    pending.current = null;
    if (progress === null || Math.abs(progress - saved.current) < 0.005) return;
    saved.current = progress;
    updateClip(db, clip.id, { readingProgress: progress }).catch((error: unknown) => console.error('Saving the reading position failed:', error));
  }, [db, clip.id]);

  useEffect(() => flush, [flush]);

  return useCallback(
    (progress: number) => {
      pending.current = Math.min(1, Math.max(0, progress));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_AFTER_MS);
    },
    [flush],
  );
}
