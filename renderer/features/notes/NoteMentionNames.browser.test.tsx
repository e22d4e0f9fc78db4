import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Entity } from '../../../shared/model';
import { extractLinks } from '../../../shared/notes/links';
import type { LibraryDb } from '../../db/db';
import { createEntity, updateEntity } from '../../db/entities';
import { mergeEntities, unmergeEntities } from '../../db/entity-merge';
import { setLibrary } from '../../db/library';
import { createNote, getNote } from '../../db/notes';
import { freshLibrary } from '../../db/testing';
import { ShellProvider } from '../../shell';
import { createHttpShell } from '../../shell/http-shell';
import { noteHref, NotesScreen } from './NotesScreen';

let db: LibraryDb;
let root: Root | null = null;
let host: HTMLElement | null = null;

function render(): void {
  host = document.createElement('div');
  host.style.height = '700px';
  document.body.append(host);
  root = createRoot(host);
  root.render(
    <ShellProvider shell={createHttpShell({ token: 'unused' })}>
      <NotesScreen />
    </ShellProvider>,
  );
}

/** A stored note: text and mentions in one paragraph, each mention with the name it had when inserted. */
function noteContent(...parts: (string | Entity)[]): string {
  const children = parts.map((part) =>
    typeof part === 'string'
      ? { type: 'text', text: part, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
      : { type: 'entity-mention', text: part.name, entityId: part.id, format: 0, detail: 0, mode: 'token', style: '', version: 1 },
  );
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children }] } });
}

const mentions = () => [...document.querySelectorAll('.note-content .note-mention')].map((element) => element.textContent);

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; mentions show ${JSON.stringify(mentions())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const showing = (...names: string[]) => until(() => JSON.stringify(mentions()) === JSON.stringify(names), `the mentions to read ${names.join(', ')}`);

/** Clicks Export Markdown and reads the file the browser would download. */
async function exportedMarkdown(): Promise<string> {
  const downloads: HTMLAnchorElement[] = [];
  const catchDownload = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      event.preventDefault();
      downloads.push(event.target);
    }
  };
  document.addEventListener('click', catchDownload, true);
  try {
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await until(() => downloads.length > 0, 'the download');
  } finally {
    document.removeEventListener('click', catchDownload, true);
  }
  return (await fetch(downloads[0]!.href)).text();
}

describe('Notes after an entity is renamed or merged', () => {
  beforeEach(async () => {
    db = await freshLibrary();
    setLibrary(db);
  });
  afterEach(async () => {
    root?.unmount();
    host?.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    setLibrary(null);
    db.close();
  });

  it('shows and exports the current names, links the note to the merged entry, and undoing the merge brings the old name back', async () => {
    const start = await createEntity(db, { kind: 'treaty', name: 'New START' });
    const nato = await createEntity(db, { kind: 'organization', name: 'NATO' });
    const alliance = await createEntity(db, { kind: 'organization', name: 'North Atlantic Treaty Organization' });
    const note = await createNote(db, { title: 'Arms control', content: noteContent('Russia left ', start, '; ', nato, ' objected.'), entityIds: [start.id, nato.id] });
    window.location.hash = noteHref(note.id);
    render();
    await showing('New START', 'NATO');

    await updateEntity(db, start.id, { name: 'New START Treaty' });
    const undo = await mergeEntities(db, alliance.id, nato.id);
    await showing('New START Treaty', 'North Atlantic Treaty Organization');
    expect(await exportedMarkdown()).toBe('# Arms control\n\nRussia left New START Treaty; North Atlantic Treaty Organization objected.\n');

    await page.getByLabelText('Note text').getByText('objected.').click();
    await userEvent.keyboard('{End} Again.');
    await page.getByLabelText('Note title').click();
    const text = 'Russia left New START Treaty; North Atlantic Treaty Organization objected. Again.';
    await until(async () => (await getNote(db, note.id))?.text === text, 'the save');
    const saved = (await getNote(db, note.id))!;
    expect(saved.entityIds).toEqual([start.id, alliance.id]);
    // The mention keeps the id it was made with: that is how undoing the merge gives it back.
    expect(extractLinks(saved.content).entityIds).toEqual([start.id, nato.id]);

    await unmergeEntities(db, undo);
    await showing('New START Treaty', 'NATO');
    expect(await exportedMarkdown()).toBe('# Arms control\n\nRussia left New START Treaty; NATO objected. Again.\n');
  });
});
