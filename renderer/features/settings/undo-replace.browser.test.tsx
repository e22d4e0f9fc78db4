import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportLibrary } from '../../db/backup/export';
import { preReplaceInfo } from '../../db/backup/pre-replace-store';
import { flipBit } from '../../db/backup/zip-testing';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { setLibrary } from '../../db/library';
import { createNote } from '../../db/notes';
import { createQuote } from '../../db/quotes';
import { clipDraft, dumpLibrary, freshLibrary, quoteDraft } from '../../db/testing';
import { ShellProvider } from '../../shell';
import type { Shell } from '../../shell';
import { SettingsScreen } from './SettingsScreen';

/** The browser's shell (npm run web): it has no backups folder, so the kept copy lives in IndexedDB. */
const webShell: Shell = {
  kind: 'web',
  invoke: async (channel) => {
    throw new Error(`The web shell has no ${channel} in this test`);
  },
  on: () => () => undefined,
};

let root: Root;
let host: HTMLElement;
let db: LibraryDb;
let other: LibraryDb;

async function waitFor<T>(read: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
const button = (label: string) => waitFor(() => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === label && !b.disabled), `button ${label}`);
const text = (pattern: RegExp) => waitFor(() => pattern.test(host.textContent ?? '') && host.textContent, `text ${pattern}`);

function replaceWith(bytes: Uint8Array, name: string) {
  host.querySelectorAll<HTMLInputElement>('input[name="import-mode"]')[1]!.click();
  const input = host.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes as Uint8Array<ArrayBuffer>], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fill(target: LibraryDb, title: string) {
  const { clip } = await addClip(target, clipDraft({ title }));
  const quote = await createQuote(target, quoteDraft(clip.id));
  await createNote(target, { title: `Notes on ${title}`, quoteIds: [quote.id], clipIds: [clip.id] });
}

describe('replacing the library in the browser', () => {
  beforeEach(async () => {
    db = await freshLibrary();
    other = await freshLibrary();
    setLibrary(db);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    root.render(
      <ShellProvider shell={webShell}>
        <SettingsScreen info={{ name: 'Quire', version: '9.9.9', shell: 'web', platform: 'linux', versions: {} }} />
      </ShellProvider>,
    );
  });
  afterEach(() => {
    root.unmount();
    host.remove();
    db.close();
    other.close();
  });

  it('keeps the library it replaced, and Undo replace puts it back in one click (and again redoes it)', async () => {
    await fill(db, 'Mine, before the replace');
    const mine = await dumpLibrary(db);
    await fill(other, 'Theirs, from the file');
    const theirs = await dumpLibrary(other);
    expect(host.textContent).not.toMatch(/Undo replace/);

    replaceWith(await exportLibrary(other, { appVersion: 'test' }), 'theirs.quire');
    (await button('Replace library')).click();
    await text(/Library replaced: 1 clips, 1 quotes/);
    expect(await dumpLibrary(db)).toEqual(theirs);

    (await button('Undo replace')).click();
    await text(/The library is back as it was before the replace: 1 clips, 1 quotes, 0 entries and 1 notes\. Undo replace again to redo it\./);
    expect(await dumpLibrary(db)).toEqual(mine);

    (await button('Undo replace')).click();
    await waitFor(async () => (await db.clips.toArray())[0]?.title === 'Theirs, from the file', 'the redo');
    expect(await dumpLibrary(db)).toEqual(theirs);
  });

  it('a damaged backup changes nothing, not even the kept copy', async () => {
    await fill(db, 'Mine, to keep');
    const mine = await dumpLibrary(db);
    await fill(other, 'Theirs');
    const damaged = flipBit(await exportLibrary(other, { appVersion: 'test' }), 'quotes.jsonl', 40, 2);

    replaceWith(damaged, 'damaged.quire');
    (await button('Replace library')).click();
    const alert = await waitFor(() => host.querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toMatch(/^This backup cannot be imported: quotes\.jsonl is damaged \(.+\)\. Your library was not changed\.$/);
    expect(await dumpLibrary(db)).toEqual(mine);
    expect(await preReplaceInfo(db.name)).toBeNull();
    expect(host.textContent).not.toMatch(/Undo replace/);
  });
});
