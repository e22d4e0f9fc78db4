import type { LexicalEditor } from 'lexical';
import { createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Note } from '../../../../shared/model';
import { noteContent } from '../../../../shared/notes/test-support';
import type { LibraryDb } from '../../../db/db';
import { createEntity, trashEntity, updateEntity } from '../../../db/entities';
import { createNote, getNote } from '../../../db/notes';
import { freshLibrary } from '../../../db/testing';
import { dbNoteLibrary } from '../../../features/notes/library-adapter';
import { exportNote } from '../../../features/notes/note-export';
import { NoteLibraryContext } from '../../context';
import { NoteEditor } from '../../NoteEditor';
import { waitForMentions, waitUntil } from './test-support';

/** Long enough that only a flush (blur, unmount) can have saved within a test. */
const NEVER = 10 * 60_000;

let db: LibraryDb;
let root: Root;
let host: HTMLElement;
const editorRef = createRef<LexicalEditor>();

function mount(note: Note | null): void {
  root.render(
    <NoteLibraryContext.Provider value={dbNoteLibrary(db)}>
      <input aria-label="Elsewhere" />
      {note && <NoteEditor key={`${note.id}:${note.updatedAt}`} note={note} title={note.title} editorRef={editorRef} autosaveDelayMs={NEVER} onReloadStored={() => {}} />}
    </NoteLibraryContext.Provider>,
  );
}

/** Closes the note (flushing any unsaved edit) and opens it again from what is stored. */
async function reopen(id: string): Promise<Note> {
  mount(null);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stored = (await getNote(db, id))!;
  mount(stored);
  return stored;
}



const showing = (...names: string[]) => waitForMentions('body', ...names);

describe('MentionNamesPlugin', () => {
  beforeEach(async () => {
    db = await freshLibrary();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    root.unmount();
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    db.close();
  });

  it('shows the new name in the open note after a rename, without counting it as an edit, and after reopening', async () => {
    const start = await createEntity(db, { kind: 'treaty', name: 'New START' });
    const note = await createNote(db, { title: 'Arms control', content: noteContent('Russia left ', start, '.'), entityIds: [start.id] });
    mount(note);
    await showing('New START');

    await updateEntity(db, start.id, { name: 'New START Treaty' });
    await showing('New START Treaty');
    const exported = await exportNote(editorRef.current!, dbNoteLibrary(db), 'Arms control');
    expect(exported.markdown).toBe('# Arms control\n\nRussia left New START Treaty.\n');

    // Neither opening the note nor the rename is the user's edit: closing the note writes nothing.
    expect((await reopen(note.id)).updatedAt).toBe(note.updatedAt);
    await showing('New START Treaty');
  });

  it('keeps the rename out of the undo history: undo steps back over the typing before it, never to the old name', async () => {
    const start = await createEntity(db, { kind: 'treaty', name: 'New START' });
    const note = await createNote(db, { title: 'Undo', content: noteContent('Russia left ', start, '.'), entityIds: [start.id] });
    mount(note);
    await showing('New START');
    const text = page.getByLabelText('Note text');
    await text.getByText('Russia left').click();
    await userEvent.keyboard('{End} Then nothing.');
    await expect.element(text).toHaveTextContent('Russia left New START. Then nothing.');

    await updateEntity(db, start.id, { name: 'New START Treaty' });
    await showing('New START Treaty');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.element(text).toHaveTextContent(/^Russia left New START Treaty\.$/);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.element(text).toHaveTextContent('Russia left New START Treaty. Then nothing.');
  });

  it('saves the renamed text with the next real edit', async () => {
    const start = await createEntity(db, { kind: 'treaty', name: 'New START' });
    const note = await createNote(db, { title: 'Saved', content: noteContent('About ', start), entityIds: [start.id] });
    mount(note);
    await updateEntity(db, start.id, { name: 'New START Treaty' });
    await showing('New START Treaty');
    await page.getByLabelText('Note text').getByText('About').click();
    await userEvent.keyboard('{Home}All ');
    await page.getByLabelText('Elsewhere').click();
    await waitUntil(async () => (await getNote(db, note.id))?.text === 'All About New START Treaty', 'the save');
  });

  it('keeps the caret after a mention it renames, whether the name grows or shrinks', async () => {
    const start = await createEntity(db, { kind: 'treaty', name: 'New START' });
    const note = await createNote(db, { title: 'Caret', content: noteContent('About ', start), entityIds: [start.id] });
    mount(note);
    const text = page.getByLabelText('Note text');
    await text.getByText('About').click();
    await userEvent.keyboard('{End}');
    await updateEntity(db, start.id, { name: 'START' });
    await showing('START');
    await userEvent.keyboard(' is shorter');
    await expect.element(text).toHaveTextContent('About START is shorter');
    await userEvent.keyboard('{End}');
    for (let i = 0; i < ' is shorter'.length; i += 1) await userEvent.keyboard('{Backspace}');
    await updateEntity(db, start.id, { name: 'Strategic Arms Reduction Treaty' });
    await showing('Strategic Arms Reduction Treaty');
    await userEvent.keyboard(' is longer');
    await expect.element(text).toHaveTextContent('About Strategic Arms Reduction Treaty is longer');
  });

  it('keeps the last name of a trashed entry', async () => {
    const pact = await createEntity(db, { kind: 'treaty', name: 'Warsaw Pact' });
    const other = await createEntity(db, { kind: 'treaty', name: 'INF' });
    const note = await createNote(db, { title: 'History', content: noteContent('The ', pact, ' and the ', other, ' ended.'), entityIds: [pact.id, other.id] });
    mount(note);
    await showing('Warsaw Pact', 'INF');
    await trashEntity(db, pact.id);
    await updateEntity(db, other.id, { name: 'INF Treaty' });
    await showing('Warsaw Pact', 'INF Treaty');
    await reopen(note.id);
    await showing('Warsaw Pact', 'INF Treaty');
  });
});
