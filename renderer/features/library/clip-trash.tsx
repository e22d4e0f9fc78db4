import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Clip } from '../../../shared/model';
import { restoreClips, trashClips } from '../../db/clips';
import { Toast } from '../../ui/Toast';
import type { UndoToast } from '../../ui/Toast';
import type { LibraryDb } from '../../db/db';
import { useLibraryDb } from './library-db';

type Trashed = Pick<Clip, 'id' | 'title'>;
/** Moves clips to the trash; resolves to null, or to why nothing was trashed (for the caller to show where the user acted). */
export type TrashClips = (clips: readonly Trashed[]) => Promise<string | null>;

const ClipTrashContext = createContext<TrashClips | null>(null);

/**
 * The Library's home for trashing clips: the list and the reader both trash
 * through it, so the Undo toast outlives the reader a clip was trashed from.
 */
export function ClipTrashHost({ children }: { children: ReactNode }) {
  const db = useLibraryDb();
  // Clips trashed while the toast shows join it: one Undo brings them all back.
  const [trashed, setTrashed] = useState<readonly Trashed[]>([]);
  const trash = useCallback<TrashClips>(
    async (clips) => {
      const ids = await trashOrExplain(db, clips);
      if (typeof ids === 'string') return ids;
      setTrashed((shown) => [...shown, ...clips.filter((clip) => ids.has(clip.id))]);
      return null;
    },
    [db],
  );
  // When the toast ends, only the clips it showed leave it: one trashed meanwhile keeps its own.
  const dismiss = useCallback(() => setTrashed((shown) => shown.filter((clip) => !trashed.includes(clip))), [trashed]);
  const toast = useMemo<UndoToast | null>(
    () =>
      trashed.length === 0
        ? null
        : {
            message: trashed.length === 1 ? `“${trashed[0]!.title || 'Untitled clip'}” moved to the trash` : `${trashed.length} clips moved to the trash`,
            undo: () => restoreClips(db, trashed.map((clip) => clip.id)),
          },
    [db, trashed],
  );
  return (
    <ClipTrashContext value={trash}>
      {children}
      {toast ? <Toast key={trashed.map((clip) => clip.id).join()} toast={toast} onDone={dismiss} /> : null}
    </ClipTrashContext>
  );
}

/** How a Library view trashes clips; outside a ClipTrashHost (a reader mounted alone) it trashes without an Undo. */
export function useTrashClips(): TrashClips {
  const db = useLibraryDb();
  const host = useContext(ClipTrashContext);
  return useMemo<TrashClips>(() => host ?? (async (clips) => {
    const ids = await trashOrExplain(db, clips);
    return typeof ids === 'string' ? ids : null;
  }), [host, db]);
}

async function trashOrExplain(db: LibraryDb, clips: readonly Trashed[]): Promise<Set<string> | string> {
  try {
    return new Set(await trashClips(db, clips.map((clip) => clip.id)));
  } catch (failure) {
    return `Nothing was moved to the trash: ${failure instanceof Error ? failure.message : String(failure)}`;
  }
}
