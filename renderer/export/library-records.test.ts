import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSelection } from '../../shared/export/export-file';
import { noteContent } from '../../shared/notes/test-support';
import type { LibraryDb } from '../db/db';
import { createEntity, trashEntity, updateEntity } from '../db/entities';
import { mergeEntities, unmergeEntities } from '../db/entity-merge';
import { createNote } from '../db/notes';
import { freshLibrary } from '../db/testing';
import { loadExportRecords } from './library-records';

let db: LibraryDb;
afterEach(() => db?.close());

async function exportedNote(noteId: string): Promise<string> {
  return exportSelection(await loadExportRecords(db), { kind: 'note', id: noteId }, 'markdown', { now: Date.UTC(2026, 0, 5) }).text;
}

describe('exporting notes that mention entities', () => {
  it('prints the name an entity has now, after a rename and after a merge; a merge undone gives the old entry its name back', async () => {
    db = await freshLibrary();
    const start = await createEntity(db, { kind: 'treaty', name: 'New START' });
    const nato = await createEntity(db, { kind: 'organization', name: 'NATO' });
    const alliance = await createEntity(db, { kind: 'organization', name: 'North Atlantic Treaty Organization' });
    const note = await createNote(db, { title: 'Arms control', content: noteContent('Russia left ', start, ' and ', nato, ' objected.'), entityIds: [start.id, nato.id] });
    expect(await exportedNote(note.id)).toContain('Russia left New START and NATO objected.');

    await updateEntity(db, start.id, { name: 'New START Treaty' });
    const undo = await mergeEntities(db, alliance.id, nato.id);
    expect(await exportedNote(note.id)).toContain('Russia left New START Treaty and North Atlantic Treaty Organization objected.');

    // The export reads names; it never rewrites the stored note.
    expect((await db.notes.get(note.id))?.content).toBe(note.content);
    await unmergeEntities(db, undo);
    expect(await exportedNote(note.id)).toContain('Russia left New START Treaty and NATO objected.');
  });

  it('keeps the last name of a trashed entity', async () => {
    db = await freshLibrary();
    const pact = await createEntity(db, { kind: 'treaty', name: 'Warsaw Pact' });
    const content = noteContent('The ', pact, ' ended.');
    const note = await createNote(db, { title: 'History', content, entityIds: [pact.id] });
    await trashEntity(db, pact.id);
    expect(await exportedNote(note.id)).toContain('The Warsaw Pact ended.');
    expect((await db.notes.get(note.id))?.content).toBe(content);
  });
});
