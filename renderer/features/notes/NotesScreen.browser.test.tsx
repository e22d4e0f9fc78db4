import { ShellProvider } from '../../shell';
import { createHttpShell } from '../../shell/http-shell';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { extractLinks } from '../../../shared/notes/links';
import type { Entity, Quote } from '../../../shared/model';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createEntity } from '../../db/entities';
import { setLibrary } from '../../db/library';
import { listNotes, updateNote } from '../../db/notes';
import { createQuote, updateQuote } from '../../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../../db/testing';
import { QUOTE_DRAG_TYPE } from '../../editor/plugins/InsertQuotePlugin';
import { writeLocalDraft } from '../../editor/plugins/AutosavePlugin/local-draft';
import { NoteBacklinks } from './NoteBacklinks';
import { NEW_NOTE_HREF, noteHref, NotesScreen } from './NotesScreen';

const PUTIN_WORDS = 'We are suspending our participation in the New START treaty.';

type Seed = { db: LibraryDb; quote: Quote; newStart: Entity; clipId: string; clipUrlTail: string };

async function seed(): Promise<Seed> {
  const db = await freshLibrary();
  const { clip } = await addClip(
    db,
    clipDraft({ title: 'Putin suspends New START', siteName: 'Example News', publishedAt: '2023-02-21', text: `Putin said: ${PUTIN_WORDS} Then he left.` }),
  );
  const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] });
  const newStart = await createEntity(db, { kind: 'treaty', name: 'New START', aliases: ['Strategic Arms Reduction Treaty'] });
  const quote = await createQuote(db, { ...quoteDraft(clip.id), text: PUTIN_WORDS, speakerId: putin.id });
  return { db, quote, newStart, clipId: clip.id, clipUrlTail: clip.canonicalUrl.replace('https://news.example/', '') };
}

let root: Root | null = null;
let host: HTMLElement | null = null;

function render(): void {
  host = document.createElement('div');
  host.style.height = '700px';
  document.body.append(host);
  root = createRoot(host);
  // Web shell: Export Markdown downloads (the desktop's save dialog is tested with the export code).
  root.render(
    <ShellProvider shell={createHttpShell({ token: 'unused' })}>
      <NotesScreen />
    </ShellProvider>,
  );
}

async function waitFor<T>(read: () => Promise<T | undefined | null> | T | undefined | null, what: string): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('NotesScreen', () => {
  let data: Seed;
  beforeEach(async () => {
    data = await seed();
    setLibrary(data.db);
    window.location.hash = '#/notes';
  });
  afterEach(async () => {
    root?.unmount();
    host?.remove();
    // Unmounting flushes the open note; let that write finish before closing the database.
    await new Promise((resolve) => setTimeout(resolve, 300));
    setLibrary(null);
    data.db.close();
  });

  it('writes a note with markdown shortcuts, a /quote and an @mention, and saves its links', async () => {
    render();
    await page.getByRole('button', { name: 'New note' }).first().click();
    const title = page.getByLabelText('Note title');
    await expect.element(title).toHaveFocus();
    await userEvent.keyboard('Arms control');

    const editor = page.getByLabelText('Note text');
    await editor.click();
    await userEvent.keyboard('# Suspension{Enter}');
    await userEvent.keyboard('- inspections stopped{Enter}{Enter}');
    await userEvent.keyboard('/quote suspending');
    await page.getByRole('option', { name: /We are suspending/ }).click();
    await expect.element(page.getByText(PUTIN_WORDS)).toBeVisible();
    await expect.element(page.getByText(/Vladimir Putin, Putin suspends New START, Example News, 2023-02-21/)).toBeVisible();

    await userEvent.keyboard('So @New ST');
    await expect.element(page.getByRole('option', { name: /New START/ })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('is in limbo.');

    const heading = editor.element().querySelector('h1');
    expect(heading?.textContent).toBe('Suspension');
    expect(editor.element().querySelector('ul li')?.textContent).toBe('inspections stopped');
    expect(editor.element().querySelector('.note-mention')?.textContent).toBe('New START');

    const saved = await waitFor(async () => (await listNotes(data.db)).find((note) => note.text.includes('is in limbo.')), 'the autosave');
    expect(saved.title).toBe('Arms control');
    expect(saved.quoteIds).toEqual([data.quote.id]);
    expect(saved.entityIds).toEqual([data.newStart.id]);
    expect(saved.clipIds).toEqual([data.clipId]);
    expect(extractLinks(saved.content)).toEqual({ quoteIds: [data.quote.id], entityIds: [data.newStart.id] });
    expect(saved.text).toContain(PUTIN_WORDS);
    expect(saved.text.split('\n')).toContain('So New START is in limbo.');
  });

  it('shows the current quote text after the quote is edited, and says so when it is trashed', async () => {
    render();
    await page.getByRole('button', { name: 'New note' }).first().click();
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('/quote');
    await page.getByRole('option', { name: /We are suspending/ }).click();
    await expect.element(page.getByText(PUTIN_WORDS)).toBeVisible();

    await page.getByRole('link', { name: PUTIN_WORDS }).click();
    await waitFor(() => window.location.hash === `#/library/${data.clipId}?quote=${data.quote.id}`, 'the clip to open at the quote');
    window.location.hash = '#/notes';

    await updateQuote(data.db, data.quote.id, { text: 'We are suspending our participation.' });
    await expect.element(page.getByText('We are suspending our participation.', { exact: true })).toBeVisible();

    const { trashQuote } = await import('../../db/quotes');
    await trashQuote(data.db, data.quote.id);
    await expect.element(page.getByText(/This quote is in the trash/)).toBeVisible();
  });

  it('creates a note from #/notes/new, bolds with the keyboard and takes a quote dropped from the reader', async () => {
    render();
    window.location.hash = NEW_NOTE_HREF;
    await expect.element(page.getByLabelText('Note title')).toHaveFocus();
    await waitFor(() => /^#\/notes\/[0-9A-Z]{26}$/.test(window.location.hash), 'the new note in the address');

    const editor = page.getByLabelText('Note text');
    await editor.click();
    await userEvent.keyboard('plain {Control>}b{/Control}strong');
    await expect.element(page.getByText('strong', { exact: true })).toHaveClass(/note-bold/);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.element(page.getByText('strong', { exact: true })).not.toBeInTheDocument();
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.element(page.getByText('strong', { exact: true })).toBeVisible();

    const transfer = new DataTransfer();
    transfer.setData(QUOTE_DRAG_TYPE, data.quote.id);
    const paragraph = editor.element().querySelector('p')!;
    paragraph.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    paragraph.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await expect.element(page.getByText(PUTIN_WORDS)).toBeVisible();

    await page.getByLabelText('Filter notes').click();
    const saved = await waitFor(async () => (await listNotes(data.db)).find((note) => note.quoteIds.length > 0), 'the save');
    expect(saved.quoteIds).toEqual([data.quote.id]);
    expect(saved.content).toContain('"format":1');
  });

  it('shows a save made by another window when this one has nothing unsaved', async () => {
    render();
    await page.getByRole('button', { name: 'New note' }).first().click();
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('first draft');
    await page.getByLabelText('Filter notes').click();
    const note = await waitFor(async () => (await listNotes(data.db)).find((n) => n.text === 'first draft'), 'the save');
    await expect.element(page.getByText(/^Saved/)).toBeVisible();

    const theirs = JSON.parse(note.content) as { root: { children: { children: { text: string }[] }[] } };
    theirs.root.children[0]!.children[0]!.text = 'rewritten in another window';
    await updateNote(data.db, note.id, { content: JSON.stringify(theirs), text: 'rewritten in another window' });
    await expect.element(page.getByLabelText('Note text').getByText('rewritten in another window')).toBeVisible();
  });

  it('reopens a note with the text typed before the window closed, and lists it on the entity it mentions', async () => {
    const { createNote } = await import('../../db/notes');
    const note = await createNote(data.db, { title: 'Closed mid-typing' });
    const typed = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [{
          type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
          children: [
            { type: 'text', version: 1, text: 'Every character of ', format: 0, detail: 0, mode: 'normal', style: '' },
            { type: 'entity-mention', version: 1, text: 'New START', entityId: data.newStart.id, format: 0, detail: 0, mode: 'token', style: '' },
          ],
        }],
      },
    };
    writeLocalDraft(note.id, { title: 'Closed mid-typing', content: JSON.stringify(typed), baseUpdatedAt: note.updatedAt, writtenAt: Date.now() });

    window.location.hash = noteHref(note.id);
    render();
    await expect.element(page.getByLabelText('Note text').getByText('Every character of')).toBeVisible();
    await expect.element(page.getByText(/Restored what was typed here/)).toBeVisible();
    const saved = await waitFor(async () => (await listNotes(data.db)).find((n) => n.text === 'Every character of New START'), 'the draft to be saved');
    expect(saved.entityIds).toEqual([data.newStart.id]);
    expect(localStorage.getItem(`quire:note-draft:${note.id}`)).toBeNull();

    const backlinks = document.createElement('div');
    document.body.append(backlinks);
    const backlinksRoot = createRoot(backlinks);
    backlinksRoot.render(<NoteBacklinks entityId={data.newStart.id} />);
    await expect.element(page.getByRole('link', { name: 'Closed mid-typing' })).toHaveAttribute('href', noteHref(note.id));
    backlinksRoot.unmount();
    backlinks.remove();
  });

  it('offers typing left from before the note was last saved as a note of its own, writing over nothing', async () => {
    const { createNote } = await import('../../db/notes');
    const note = await createNote(data.db, { title: 'Two versions' });
    const paragraph = (text: string) =>
      JSON.stringify({
        root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }] },
      });
    // The crashed session typed on the first version; another window saved a second one since.
    writeLocalDraft(note.id, { title: 'Two versions', content: paragraph('typed before the crash'), baseUpdatedAt: note.updatedAt, writtenAt: Date.now() });
    await updateNote(data.db, note.id, { content: paragraph('saved by the other window'), text: 'saved by the other window' });

    window.location.hash = noteHref(note.id);
    render();
    await expect.element(page.getByLabelText('Note text').getByText('saved by the other window')).toBeVisible();
    await expect.element(page.getByText(/Unsaved typing from .* was found/)).toBeVisible();
    await page.getByRole('button', { name: 'Open it as a new note' }).click();

    await expect.element(page.getByLabelText('Note text').getByText('typed before the crash')).toBeVisible();
    await expect.element(page.getByLabelText('Note title')).toHaveValue('Two versions (unsaved version)');
    const kept = await waitFor(async () => (await listNotes(data.db)).find((n) => n.text === 'typed before the crash'), 'the draft to be kept as a note');
    expect(kept.title).toBe('Two versions (unsaved version)');
    expect((await listNotes(data.db)).find((n) => n.id === note.id)?.text).toBe('saved by the other window');
    expect(localStorage.getItem(`quire:note-draft:${note.id}:older`)).toBeNull();
  });

  it('exports the note as Markdown citing the quote in a footnote', async () => {
    render();
    await page.getByRole('button', { name: 'New note' }).first().click();
    await expect.element(page.getByLabelText('Note title')).toHaveFocus();
    await userEvent.keyboard('Suspension');
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('See @New ST');
    await page.getByRole('option', { name: /New START/ }).click();
    await userEvent.keyboard('{Enter}/quote');
    await page.getByRole('option', { name: /We are suspending/ }).click();

    // The export is a real download link; catch it as it is clicked and read its file.
    const downloads: HTMLAnchorElement[] = [];
    const catchDownload = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        event.preventDefault();
        downloads.push(event.target);
      }
    };
    document.addEventListener('click', catchDownload, true);
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const link = await waitFor(() => downloads[0], 'the download');
    document.removeEventListener('click', catchDownload, true);

    expect(link.download).toBe('Suspension.md');
    const markdown = await (await fetch(link.href)).text();
    expect(markdown).toBe(
      [
        '# Suspension',
        '',
        'See New START',
        '',
        `> ${PUTIN_WORDS}`,
        '>',
        '> — Vladimir Putin [^1]',
        '',
        `[^1]: Vladimir Putin, Putin suspends New START, Example News, 2023-02-21, <${'https://news.example/'}${data.clipUrlTail}>`,
        '',
      ].join('\n'),
    );
  });

  it('moves a note to the trash after saving its last edits', async () => {
    render();
    await page.getByRole('button', { name: 'New note' }).first().click();
    await expect.element(page.getByLabelText('Note title')).toHaveFocus();
    await userEvent.keyboard('Short-lived');
    await page.getByLabelText('Note text').click();
    await userEvent.keyboard('last words');
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect.element(page.getByText('Select a note, or start a new one.')).toBeVisible();
    expect(await listNotes(data.db)).toEqual([]);
    const trashed = await data.db.notes.toArray();
    expect(trashed).toHaveLength(1);
    expect(trashed[0]).toMatchObject({ title: 'Short-lived', text: 'last words' });
    expect(trashed[0]!.deletedAt).not.toBeNull();
  });
});
