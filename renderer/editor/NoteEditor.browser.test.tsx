import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Note } from '../../shared/model';
import type { LibraryDb } from '../db/db';
import { $generateHtmlFromNodes } from '@lexical/html';
import type { LexicalEditor } from 'lexical';
import { addClip } from '../db/clips';
import { createNote, getNote, updateNote } from '../db/notes';
import { createQuote } from '../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../db/testing';
import { dbNoteLibrary } from '../features/notes/library-adapter';
import { NoteLibraryContext } from './context';
import { NoteEditor } from './NoteEditor';
import { readLocalDraft } from './plugins/AutosavePlugin/local-draft';

/** Long enough that only a flush (blur, unmount, close) can have saved within a test. */
const NEVER = 10 * 60_000;

let db: LibraryDb;
let root: Root;
let host: HTMLElement;

function mount(note: Note, show = true): void {
  root.render(
    <NoteLibraryContext.Provider value={dbNoteLibrary(db)}>
      <input aria-label="Elsewhere" />
      {show && <NoteEditor key={note.id} note={note} title={note.title} autosaveDelayMs={NEVER} onReloadStored={() => {}} />}
    </NoteLibraryContext.Provider>,
  );
}

async function storedText(id: string, expected: string): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const note = await getNote(db, id);
    if (note?.text === expected || Date.now() > deadline) return note?.text ?? '';
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('NoteEditor autosave', () => {
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

  it('saves unsaved typing when the editor loses focus', async () => {
    const note = await createNote(db, { title: 'Blur' });
    mount(note);
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('Typed just before leaving');
    expect((await getNote(db, note.id))?.text).toBe('');
    await page.getByLabelText('Elsewhere').click();
    expect(await storedText(note.id, 'Typed just before leaving')).toBe('Typed just before leaving');
  });

  it('saves unsaved typing when the note is closed (switching notes)', async () => {
    const note = await createNote(db, { title: 'Switch' });
    mount(note);
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('Half a thought');
    mount(note, false);
    expect(await storedText(note.id, 'Half a thought')).toBe('Half a thought');
  });

  it('keeps a local draft and saves when the window is closing', async () => {
    const note = await createNote(db, { title: 'Closing' });
    mount(note);
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('Every character');
    window.dispatchEvent(new Event('pagehide'));
    const draft = readLocalDraft(note.id, note.updatedAt);
    expect(draft?.content).toContain('Every character');
    expect(await storedText(note.id, 'Every character')).toBe('Every character');
  });

  it('shows a conflict instead of overwriting a save from another window', async () => {
    const note = await createNote(db, { title: 'Shared' });
    mount(note);
    await updateNote(db, note.id, { text: 'from the other window', content: '' });
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('mine');
    await page.getByLabelText('Elsewhere').click();
    await expect.element(page.getByText(/changed in another window/)).toBeVisible();
    expect((await getNote(db, note.id))?.text).toBe('from the other window');

    await page.getByRole('button', { name: 'Keep my version' }).click();
    expect(await storedText(note.id, 'mine')).toBe('mine');
  });

  it('says a quote no longer exists instead of dropping the block', async () => {
    const content = JSON.stringify({
      root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'quire-quote', version: 1, quoteId: 'gone-for-good' }] },
    });
    const note = await createNote(db, { title: 'Orphan', content });
    mount(note);
    await expect.element(page.getByText('This quote no longer exists.')).toBeVisible();
  });

  it('links the selected text from the toolbar, asking for the URL inline', async () => {
    const note = await createNote(db, { title: 'Links' });
    mount(note);
    const editor = page.getByLabelText('Note text');
    await editor.click();
    await userEvent.keyboard('State Department');
    await userEvent.keyboard('{Control>}a{/Control}');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByLabelText('Link URL').fill('https://www.state.gov/new-start/');
    await userEvent.keyboard('{Enter}');
    await expect.element(editor.getByRole('link', { name: 'State Department' })).toHaveAttribute('href', 'https://www.state.gov/new-start/');
  });

  it('changes the block type and makes lists from the toolbar', async () => {
    const note = await createNote(db, { title: 'Blocks' });
    mount(note);
    const editor = page.getByLabelText('Note text');
    await editor.click();
    await userEvent.keyboard('Background');
    await page.getByLabelText('Block type').selectOptions('Heading 2');
    await expect.element(editor.getByRole('heading', { level: 2, name: 'Background' })).toBeVisible();
    await editor.getByText('Background').click();
    await userEvent.keyboard('{End}{Enter}first point');
    await page.getByLabelText('Block type').selectOptions('Numbered list');
    await expect.element(editor.getByRole('listitem')).toHaveTextContent('first point');
    expect(editor.element().querySelector('ol')).not.toBeNull();
  });

  it('refuses to open a damaged note rather than overwrite it', async () => {
    const damaged = '{"root": {"type": "root", "children": [{"type": "from-the-future"';
    const note = await createNote(db, { title: 'Damaged', content: damaged });
    mount(note);
    await expect.element(page.getByText(/This note could not be opened/)).toBeVisible();
    expect(document.querySelector('[aria-label="Note text"]')).toBeNull();
    expect((await getNote(db, note.id))?.content).toBe(damaged);
  });

  it('copies an embedded quote out of the editor with its text and source', async () => {
    const { clip } = await addClip(db, clipDraft({ title: 'Putin suspends New START', siteName: 'Example News', publishedAt: '2023-02-21' }));
    const quote = await createQuote(db, quoteDraft(clip.id));
    const content = JSON.stringify({
      root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'quire-quote', version: 1, quoteId: quote.id }] },
    });
    const note = await createNote(db, { title: 'Copy', content });
    const editorRef: { current: LexicalEditor | null } = { current: null };
    root.render(
      <NoteLibraryContext.Provider value={dbNoteLibrary(db)}>
        <NoteEditor note={note} title={note.title} editorRef={editorRef} onReloadStored={() => {}} />
      </NoteLibraryContext.Provider>,
    );
    await expect.element(page.getByText(quote.text, { exact: true })).toBeVisible();
    const html = editorRef.current!.getEditorState().read(() => $generateHtmlFromNodes(editorRef.current!, null));
    expect(html).toContain(`data-quote-id="${quote.id}"`);
    expect(html).toContain(`<p>${quote.text}</p>`);
    expect(html).toContain('— Putin suspends New START, Example News, 2023-02-21, https://news.example/');
  });
});
