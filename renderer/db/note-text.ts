import type { Id } from '../../shared/model';
import { noteText } from '../../shared/notes/links';
import { survivingEntity, withMentionNames } from '../../shared/notes/mention-names';
import type { LibraryDb, StoredEntity } from './db';
import type { ChangeSet } from './write';

/**
 * Brings the plain text of the notes linked to these entities (what the notes
 * list previews and filters, and search indexes) up to the entities' current
 * names, inside the caller's transaction (which must include notes, quotes and
 * entities). A note's content keeps each mention as it was made (its id, and
 * the name then) and shows today's name when opened or exported; the text is
 * derived from it, so it follows here. Not an edit: `updatedAt` stays, so an
 * editor open on the note meets no save conflict.
 */
export async function refreshNoteTexts(db: LibraryDb, entityIds: readonly Id[], changes: ChangeSet): Promise<void> {
  // distinct(): a note linking several of these ids comes once per id from the multi-entry index.
  const notes = await db.notes.where('entityIds').anyOf([...entityIds]).distinct().filter((note) => note.deletedAt === null).toArray();
  if (notes.length === 0) return;
  // Every entry, so merge chains can be followed without a read per hop; renames and merges are rare.
  const entities = new Map<Id, StoredEntity>((await db.entities.toArray()).map((stored) => [stored.id, stored]));
  const nameOf = (id: string) => survivingEntity(id, (key) => entities.get(key))?.name ?? null;
  for (const note of notes) {
    let state: unknown;
    try {
      state = JSON.parse(withMentionNames(note.content, nameOf));
    } catch {
      continue; // No readable content (a note never typed in): its text has no mention to follow.
    }
    const quotes = new Map((await db.quotes.bulkGet(note.quoteIds)).flatMap((quote) => (quote ? [[quote.id, quote.text] as const] : [])));
    const text = noteText(state, (id) => quotes.get(id) ?? null);
    if (text === note.text) continue;
    await db.notes.update(note.id, { text });
    changes.touch('notes', note.id);
  }
}
