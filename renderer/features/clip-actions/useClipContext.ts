import { useMemo } from 'react';
import { useShell } from '../../shell';
import { useLibraryDb } from '../library/library-db';
import { createBrowserClipDeps } from '../../clip/browser';
import type { ClipContext } from './clip-flow';

export function useClipContext(): ClipContext {
  const shell = useShell();
  const db = useLibraryDb();
  return useMemo(() => ({ shell, db, deps: createBrowserClipDeps() }), [shell, db]);
}
