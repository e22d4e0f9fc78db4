import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { noteContent } from '../../shared/notes/test-support';
import type { LibraryDb } from './db';
import { createEntity, trashEntity, updateEntity } from './entities';
import { mergeEntities, unmergeEntities } from './entity-merge';
import { createNote, getNote } from './notes';
import { freshLibrary } from './testing';

let db: LibraryDb;
afterEach(() => db?.close());

describe('the notes’ plain text follows renames and merges', () => {
  it('shows the current names in the stored text, without counting as an edit of the note', async () => {
    db = await freshLibrary();
    const putin = await createEntity(db, { kind: 'person', name: 'Putin' });
    const vvp = await createEntity(db, { kind: 'person', name: 'VVP' });
    const lavrov = await createEntity(db, { kind: 'person', name: 'Lavrov' });
    const first = await createNote(db, { content: noteContent('Ask ', putin, ' and ', lavrov, ' about Putin’s deadline.'), text: 'Ask Putin and Lavrov about Putin’s deadline.', entityIds: [putin.id, lavrov.id] });
    const second = await createNote(db, { content: noteContent('Quote ', vvp, '.'), text: 'Quote VVP.', entityIds: [vvp.id] });
    const untouched = await createNote(db, { content: noteContent('Only ', lavrov, '.'), text: 'Only Lavrov.', entityIds: [lavrov.id] });

    await updateEntity(db, putin.id, { name: 'Vladimir Putin' });
    // The mention changes; the same word typed as plain text does not.
    expect(await getNote(db, first.id)).toMatchObject({ text: 'Ask Vladimir Putin and Lavrov about Putin’s deadline.', updatedAt: first.updatedAt });
    expect((await getNote(db, untouched.id))!.text).toBe('Only Lavrov.');

    const undo = await mergeEntities(db, putin.id, vvp.id);
    expect((await getNote(db, second.id))!.text).toBe('Quote Vladimir Putin.');
    await unmergeEntities(db, undo);
    expect((await getNote(db, second.id))!.text).toBe('Quote VVP.');

    // A trashed entry's mention keeps the last name it showed.
    await trashEntity(db, lavrov.id);
    await updateEntity(db, putin.id, { name: 'V. V. Putin' });
    expect((await getNote(db, first.id))!.text).toBe('Ask V. V. Putin and Lavrov about Putin’s deadline.');
  });

  it('leaves a note without readable content as it was', async () => {
    db = await freshLibrary();
    const putin = await createEntity(db, { kind: 'person', name: 'Putin' });
    const note = await createNote(db, { content: '', text: 'typed before the editor saved', entityIds: [putin.id] });
    await updateEntity(db, putin.id, { name: 'Vladimir Putin' });
    expect(await getNote(db, note.id)).toEqual(note);
  });
});
