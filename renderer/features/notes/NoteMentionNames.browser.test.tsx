import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { noteContent } from '../../../shared/notes/test-support';
import { extractLinks } from '../../../shared/notes/links';
import type { LibraryDb } from '../../db/db';
import { createEntity, updateEntity } from '../../db/entities';
import { mergeEntities, unmergeEntities } from '../../db/entity-merge';
import { setLibrary } from '../../db/library';
import { createNote, getNote } from '../../db/notes';
import { freshLibrary } from '../../db/testing';
import { ShellProvider } from '../../shell';
import { createHttpShell } from '../../shell/http-shell';
import { waitForMentions, waitUntil } from '../../editor/plugins/MentionNamesPlugin/test-support';
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



const showing = (...names: string[]) => waitForMentions('.note-content', ...names);

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
    await waitUntil(() => downloads.length > 0, 'the download');
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
    await waitUntil(async () => (await getNote(db, note.id))?.text === text, 'the save');
    const saved = (await getNote(db, note.id))!;
    expect(saved.entityIds).toEqual([start.id, alliance.id]);
    // The mention keeps the id it was made with: that is how undoing the merge gives it back.
    expect(extractLinks(saved.content).entityIds).toEqual([start.id, nato.id]);

    await unmergeEntities(db, undo);
    await showing('New START Treaty', 'NATO');
    expect(await exportedMarkdown()).toBe('# Arms control\n\nRussia left New START Treaty; NATO objected. Again.\n');
  });
});
