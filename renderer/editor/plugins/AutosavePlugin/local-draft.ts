import type { Id, Note } from '../../../../shared/model';

/**
 * A synchronous copy of unsaved edits, written as each save starts and when
 * the window is closing: an IndexedDB write started in `pagehide`, or cut off
 * by a crash, may not finish; localStorage is written at once. It is cleared
 * when a save succeeds, so one that is left means a save did not.
 */
export type LocalDraft = { title: string; content: string; baseUpdatedAt: number; writtenAt: number };

const key = (noteId: Id) => `quire:note-draft:${noteId}`;
/** A draft based on an older version than the stored one, kept apart so the editor's next draft cannot overwrite it. */
const olderKey = (noteId: Id) => `quire:note-draft:${noteId}:older`;

function setItem(name: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(name, JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or unavailable: the IndexedDB save is still under way.
    return false;
  }
}

export function writeLocalDraft(noteId: Id, draft: LocalDraft): void {
  setItem(key(noteId), draft);
}

function removeItem(name: string): void {
  try {
    localStorage.removeItem(name);
  } catch {
    // Nothing to clear.
  }
}

/** Every draft of the note (e.g. the note is deleted for good). */
export function clearLocalDraft(noteId: Id): void {
  removeItem(key(noteId));
  removeItem(olderKey(noteId));
}

/** The user has dealt with the older draft (kept it as a note, or discarded it). */
export function clearOlderDraft(noteId: Id): void {
  removeItem(olderKey(noteId));
}

/** The draft stored under `name`, whatever version it was based on. */
function findDraft(name: string): LocalDraft | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(name);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Partial<LocalDraft>;
    const valid = typeof draft.content === 'string' && typeof draft.title === 'string' && typeof draft.baseUpdatedAt === 'number';
    if (valid) return { writtenAt: 0, ...draft } as LocalDraft;
  } catch {
    // A damaged draft is worth less than the stored note.
  }
  removeItem(name);
  return null;
}

/** The draft left for this note, if it still applies to the stored version. */
export function readLocalDraft(noteId: Id, storedUpdatedAt: number): LocalDraft | null {
  const draft = findDraft(key(noteId));
  return draft?.baseUpdatedAt === storedUpdatedAt ? draft : null;
}

/**
 * The drafts left for a note as it opens. `restored` was based on the stored
 * version, so the editor simply continues it. `older` was based on an older
 * version (the note was saved since, from another window or just before a
 * crash): writing it over the saved text could lose that, so it is offered
 * instead, kept apart until the user decides. A draft that says what the note
 * already says is dropped.
 */
export type NoteDrafts = { restored: LocalDraft | null; older: LocalDraft | null };

export function localDraftsFor(note: Pick<Note, 'id' | 'title' | 'content' | 'updatedAt'>): NoteDrafts {
  const same = (draft: LocalDraft) => draft.content === note.content && draft.title === note.title;
  let restored = findDraft(key(note.id));
  let moved: LocalDraft | null = null;
  if (restored && (same(restored) || restored.baseUpdatedAt !== note.updatedAt)) {
    if (!same(restored)) moved = restored;
    if (!moved || setItem(olderKey(note.id), moved)) removeItem(key(note.id));
    restored = null;
  }
  let older = findDraft(olderKey(note.id)) ?? moved;
  if (older && same(older)) {
    clearOlderDraft(note.id);
    older = null;
  }
  return { restored, older };
}
