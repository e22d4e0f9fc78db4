import type { Id } from '../../../../shared/model';

/**
 * A synchronous copy of unsaved edits, written when the window is closing:
 * an IndexedDB write started in `pagehide` may not finish, localStorage does.
 * It is used only when the stored note is still the version it was based on.
 */
export type LocalDraft = { title: string; content: string; baseUpdatedAt: number; writtenAt: number };

const key = (noteId: Id) => `quire:note-draft:${noteId}`;

export function writeLocalDraft(noteId: Id, draft: LocalDraft): void {
  try {
    localStorage.setItem(key(noteId), JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the IndexedDB flush is still under way.
  }
}

export function clearLocalDraft(noteId: Id): void {
  try {
    localStorage.removeItem(key(noteId));
  } catch {
    // Nothing to clear.
  }
}

/** The draft left for this note, if it still applies to the stored version. */
export function readLocalDraft(noteId: Id, storedUpdatedAt: number): LocalDraft | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key(noteId));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Partial<LocalDraft>;
    const valid = typeof draft.content === 'string' && typeof draft.title === 'string' && typeof draft.baseUpdatedAt === 'number';
    if (valid && draft.baseUpdatedAt === storedUpdatedAt) return draft as LocalDraft;
  } catch {
    // A damaged draft is worth less than the stored note.
  }
  clearLocalDraft(noteId);
  return null;
}
