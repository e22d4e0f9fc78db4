import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { listClips } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { freshLibrary } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import { ClipHost } from './ClipHost';
import { requestClip } from './commands';
import { IMPORT_JOURNAL_KEY } from './import-journal';
import type { ImportJournal } from './import-journal';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

const NAMES = ['one.txt', 'two.pdf', 'three.txt', 'four.txt', 'five.md'];
/** The same five files each time they are "picked": same names, sizes and modification times, new File objects. */
function pickFiles(): File[] {
  const body = (name: string, i: number) => `Report ${name}\n\nOn day ${i} the ministers met in ${['Geneva', 'Vienna', 'Oslo', 'Minsk', 'Rome'][i]} to talk about the treaty.\n\nThey agreed on ${i + 2} points.`;
  return NAMES.map((name, i) => new File([body(name, i)], name, { lastModified: 1_700_000_000_000 + i }));
}

/** A file whose reading never ends: the import hangs on it, as it would when the app crashed mid-file. */
class HangingFile extends File {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return new Promise(() => undefined);
  }
}

async function start(db: LibraryDb) {
  const mounted = await mountScreen(db, <ClipHost />);
  cleanup = mounted.unmount;
  return mounted;
}

const pressIn = (scope: ParentNode, label: string) =>
  act(async () => until(() => [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === label), `the button ${label}`).then((b) => b.click()));

describe('an import that stopped mid-way', () => {
  it('is offered on the next start with the right counts, and resuming with the same files imports only the rest', async () => {
    const db = await freshLibrary();
    const first = await start(db);
    const files = pickFiles();
    files[2] = new HangingFile([await files[2]!.arrayBuffer()], files[2]!.name, { lastModified: files[2]!.lastModified });
    await act(async () => requestClip({ type: 'import', files }));
    await until(() => first.host.querySelector('.import-dialog [role="status"]')?.textContent?.startsWith('2 of 5'), 'two files through');
    // The window goes away mid-import (the third file never finishes): the crash.
    first.unmount();
    cleanup = null;
    expect((await listClips(db)).map((c) => c.title)).toHaveLength(1);

    const second = await start(db);
    const notice = await until(() => second.host.querySelector<HTMLElement>('[aria-label="Unfinished import"]'), 'the notice');
    expect(notice.textContent).toContain('An import of 5 files stopped after 2.');
    expect(notice.textContent).toContain('the 1 file already imported are skipped');

    await pressIn(notice, 'Show the list');
    const list = await until(() => second.host.querySelector<HTMLElement>('dialog[open] .import-results'), 'the list');
    expect([...list.querySelectorAll('li')].map((li) => [li.querySelector('.import-name')!.textContent, li.querySelector('.import-status')!.textContent])).toEqual([
      ['one.txt', 'Imported'], ['two.pdf', 'Failed'], ['three.txt', 'Not imported yet'], ['four.txt', 'Not imported yet'], ['five.md', 'Not imported yet'],
    ]);
    expect(list.querySelector('.import-failed .import-reason')?.textContent).toContain('Quire clips .html, .htm, .mhtml, .txt and .md files');
    await pressIn(second.host.querySelector('dialog[open]')!, 'Close');

    // Resume: the user picks the same files again.
    const input = second.host.querySelector<HTMLInputElement>('[data-testid="import-files-input"]')!;
    const transfer = new DataTransfer();
    for (const file of pickFiles()) transfer.items.add(file);
    input.files = transfer.files;
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    const status = await until(() => {
      const text = second.host.querySelector('.import-dialog [role="status"]')?.textContent;
      return text?.startsWith('5 of 5') && text;
    }, 'the resumed import to end');
    expect(status).toBe('5 of 5 · 1 imported before · 3 clipped · 0 already there · 1 failed');
    const rows = [...second.host.querySelectorAll('.import-dialog .import-results li')].map((li) => `${li.querySelector('.import-name')!.textContent} ${li.querySelector('.import-status')!.textContent}`);
    expect(rows).toEqual(['one.txt Imported before', 'two.pdf Failed', 'three.txt Clipped', 'four.txt Clipped', 'five.md Clipped']);
    expect(await listClips(db)).toHaveLength(4);
    // Finished: no record left, so no notice next time.
    expect(await db.meta.get(IMPORT_JOURNAL_KEY)).toBeUndefined();
  });

  it('keeps the record durable as it goes: each file is written down before the next starts', async () => {
    const db = await freshLibrary();
    const mounted = await start(db);
    const files = pickFiles();
    files[3] = new HangingFile(['x'], files[3]!.name, { lastModified: files[3]!.lastModified });
    await act(async () => requestClip({ type: 'import', files }));
    await until(() => mounted.host.querySelector('.import-dialog [role="status"]')?.textContent?.startsWith('3 of 5'), 'three files through');
    const journal = (await db.meta.get(IMPORT_JOURNAL_KEY))!.value as ImportJournal;
    expect(journal.entries.map((e) => [e.name, e.size, e.lastModified, e.status])).toEqual(
      files.map((f, i) => [f.name, f.size, f.lastModified, ['done', 'failed', 'done', 'pending', 'pending'][i]]),
    );
    const clips = await listClips(db);
    expect(journal.entries.filter((e) => e.status === 'done').map((e) => e.status === 'done' && e.clipId).sort()).toEqual(clips.map((c) => c.id).sort());
  });
});
