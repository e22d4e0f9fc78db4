import { newId } from '../../shared/ids';
import type { Id, Note } from '../../shared/model';
import type { LibraryDb } from './db';
import { LibraryRuleError, write } from './write';

export type NoteDraft = Partial<Pick<Note, 'title' | 'content' | 'text' | 'quoteIds' | 'entityIds' | 'clipIds'>>;
export type NotePatch = NoteDraft;

const unique = (ids: Id[] | undefined) => (ids ? [...new Set(ids)] : undefined);

function normalised(patch: NotePatch): NotePatch {
  const out: NotePatch = { ...patch };
  if (patch.quoteIds) out.quoteIds = unique(patch.quoteIds)!;
  if (patch.entityIds) out.entityIds = unique(patch.entityIds)!;
  if (patch.clipIds) out.clipIds = unique(patch.clipIds)!;
  return out;
}

export async function createNote(db: LibraryDb, draft: NoteDraft = {}): Promise<Note> {
  return write(db, `the note "${draft.title ?? 'Untitled'}"`, ['notes'], async (changes) => {
    const now = db.now();
    const note: Note = {
      title: '',
      content: '',
      text: '',
      quoteIds: [],
      entityIds: [],
      clipIds: [],
      ...normalised(draft),
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await db.notes.add(note);
    changes.touch('notes', note.id);
    return note;
  });
}

/** Saves an edit (the editor calls this debounced); links may point at trashed records, which the UI hides. */
export async function updateNote(db: LibraryDb, id: Id, patch: NotePatch): Promise<Note> {
  return write(db, 'the note', ['notes'], async (changes) => {
    const note = await db.notes.get(id);
    if (!note || note.deletedAt !== null) throw new LibraryRuleError('That note is in the trash or no longer exists.');
    const updated: Note = { ...note, ...normalised(patch), updatedAt: db.now() };
    await db.notes.put(updated);
    changes.touch('notes', id);
    return updated;
  });
}

export async function trashNote(db: LibraryDb, id: Id): Promise<void> {
  await setTrashed(db, id, true);
}

export async function restoreNote(db: LibraryDb, id: Id): Promise<void> {
  await setTrashed(db, id, false);
}

async function setTrashed(db: LibraryDb, id: Id, trashed: boolean): Promise<void> {
  await write(db, trashed ? 'moving the note to the trash' : 'restoring the note', ['notes'], async (changes) => {
    const now = db.now();
    const count = await db.notes
      .where('id')
      .equals(id)
      .filter((n) => (n.deletedAt === null) === trashed)
      .modify({ deletedAt: trashed ? now : null, updatedAt: now });
    if (count > 0) changes.touch('notes', id);
  });
}

export function getNote(db: LibraryDb, id: Id): Promise<Note | undefined> {
  return db.notes.get(id);
}

/** Live notes, last edited first. */
export function listNotes(db: LibraryDb): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().filter((n) => n.deletedAt === null).toArray();
}
