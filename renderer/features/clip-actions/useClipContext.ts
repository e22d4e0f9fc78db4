import { useMemo } from 'react';
import { useShell } from '../../shell';
import { useLibraryDb } from '../library/library-db';
import { browserClipDeps } from './clip-deps';
import type { ClipContext } from './clip-flow';

export function useClipContext(): ClipContext {
  const shell = useShell();
  const db = useLibraryDb();
  return useMemo(() => ({ shell, db, deps: browserClipDeps() }), [shell, db]);
}
