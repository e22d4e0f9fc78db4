import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, ShellArgs, ShellChannel, ShellResult } from '../../../shared/shell';
import { addClip, listClips } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { setLibrary } from '../../db/library';
import { createNote, trashNote } from '../../db/notes';
import { createQuote } from '../../db/quotes';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from '../../editor/plugins/AutosavePlugin/local-draft';
import { clipDraft, fillDiskFor, freshLibrary, quoteDraft } from '../../db/testing';
import { clearCommentDraft, readCommentDraft, writeCommentDraft } from '../quotes/comment-draft';
import { ShellProvider } from '../../shell';
import type { Shell } from '../../shell';
import { SettingsScreen } from './SettingsScreen';
import { StorageErrorToast } from './StorageErrorToast';

/** The desktop shell as the renderer sees it: a save dialog that "saves" in memory and a backups folder in memory. */
function desktopShell() {
  const saved: Uint8Array[] = [];
  const backups: (BackupInfo & { bytes: Uint8Array })[] = [];
  const calls: string[] = [];
  const handlers: { [K in ShellChannel]?: (args: ShellArgs<K>) => Promise<ShellResult<K>> } = {
    'file:save': async ({ bytes, suggestedName }) => (saved.push(bytes), { saved: true, path: `/home/me/${suggestedName}` }),
    'backup:save': async ({ bytes, reason }) => {
      const info = { name: `quire-${reason}-${backups.length}.quire`, reason, createdAt: Date.now(), size: bytes.length };
      backups.unshift({ ...info, bytes });
      return info;
    },
    'backup:list': async () => backups.map(({ bytes: _b, ...info }) => info),
    'backup:read': async ({ name }) => backups.find((b) => b.name === name)!.bytes,
  };
  const shell: Shell = {
    kind: 'desktop',
    invoke: async (channel, args) => {
      calls.push(channel);
      return (handlers[channel] as (a: typeof args) => Promise<never>)(args);
    },
    on: () => () => undefined,
  };
  return { shell, saved, backups, calls };
}

let root: Root;
let host: HTMLElement;
let db: LibraryDb;

async function waitFor<T>(read: () => T | null | undefined | Promise<T | null | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
const button = (label: string) => waitFor(() => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === label && !b.disabled), `button ${label}`);
const text = (pattern: RegExp) => waitFor(() => pattern.test(host.textContent ?? '') && host.textContent, `text ${pattern}`);

function chooseFile(bytes: Uint8Array, name: string) {
  const input = host.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes as Uint8Array<ArrayBuffer>], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('SettingsScreen', () => {
  let fake: ReturnType<typeof desktopShell>;
  beforeEach(async () => {
    db = await freshLibrary();
    setLibrary(db);
    fake = desktopShell();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    root.render(
      <ShellProvider shell={fake.shell}>
        <SettingsScreen info={{ name: 'Quire', version: '9.9.9', shell: 'desktop', platform: 'linux', versions: {} }} />
        <StorageErrorToast />
      </ShellProvider>,
    );
  });
  afterEach(() => {
    root.unmount();
    host.remove();
    db.close();
  });

  it('exports, then a confirmed replace restores exactly the exported library, keeping a copy first', async () => {
    const { clip } = await addClip(db, clipDraft({ title: 'Kept through the round trip' }));
    (await button('Export library')).click();
    await text(/Saved to \/home\/me\/quire-library-\d{4}-\d\d-\d\d\.quire/);
    expect(fake.saved).toHaveLength(1);

    await addClip(db, clipDraft({ title: 'Added after the export' }));
    host.querySelectorAll<HTMLInputElement>('input[name="import-mode"]')[1]!.click();
    chooseFile(fake.saved[0]!, 'mine.quire');
    await text(/Replace everything in this library with mine.quire\?/);
    (await button('Replace library')).click();
    await text(/Library replaced: 1 clips/);

    expect((await listClips(db)).map((c) => c.id)).toEqual([clip.id]);
    expect(fake.backups.map((b) => b.reason)).toEqual(['before-restore']);
    await text(/Before the last restore/);

    // One click puts back the library as it was, from the copy kept beside the automatic backups.
    (await button('Undo replace')).click();
    await text(/The library is back as it was before the replace: 2 clips/);
    expect((await listClips(db)).map((c) => c.title).sort()).toEqual(['Added after the export', 'Kept through the round trip']);
  });

  it('shows a clear message for a file that is not a backup, and changes nothing', async () => {
    await addClip(db, clipDraft());
    chooseFile(new TextEncoder().encode('hello'), 'notes.txt');
    const alert = await waitFor(() => host.querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toBe('This backup cannot be imported: it is not a Quire backup (not a zip file). Your library was not changed.');
    expect(await listClips(db)).toHaveLength(1);
  });

  it('empties the trash after a confirmation, with the unsaved drafts of its notes and quote comments', async () => {
    const { clip } = await addClip(db, clipDraft());
    const goneQuote = await createQuote(db, quoteDraft(clip.id));
    await db.clips.update(clip.id, { deletedAt: 1 });
    const { clip: liveClip } = await addClip(db, clipDraft());
    const liveQuote = await createQuote(db, quoteDraft(liveClip.id));
    writeCommentDraft(goneQuote.id, { comment: 'unsaved comment', savedComment: '', writtenAt: 1 });
    writeCommentDraft(liveQuote.id, { comment: 'kept comment', savedComment: '', writtenAt: 1 });
    const note = await createNote(db, { title: 'Sources' });
    const kept = await createNote(db, { title: 'Kept' });
    await trashNote(db, note.id);
    const draft = { title: 'Sources', content: 'unsaved words', baseUpdatedAt: note.updatedAt, writtenAt: 1 };
    writeLocalDraft(note.id, draft);
    writeLocalDraft(kept.id, { ...draft, baseUpdatedAt: kept.updatedAt });
    await text(/1 clips, 0 quotes, 0 entries and 1 notes are in the trash/);
    (await button('Empty trash')).click();
    (await button('Delete for good')).click();
    await text(/The trash is empty/);
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual([liveClip.id]);
    expect(localStorage.getItem(`quire:note-draft:${note.id}`)).toBeNull();
    expect(readLocalDraft(kept.id, kept.updatedAt)).toMatchObject({ content: 'unsaved words' });
    clearLocalDraft(kept.id);
    await waitFor(() => readCommentDraft(goneQuote.id) === null, 'the deleted quote’s comment draft to go');
    expect(readCommentDraft(liveQuote.id)).toMatchObject({ comment: 'kept comment' });
    clearCommentDraft(liveQuote.id);
  });

  it('a failed save because the disk is full shows what was not saved', async () => {
    const { clip } = await addClip(db, clipDraft());
    await fillDiskFor(db, 'quotes');
    await createQuote(db, quoteDraft(clip.id)).catch(() => undefined);
    const toast = await waitFor(() => document.querySelector('.storage-errors'), 'the toast');
    expect(toast.textContent).toMatch(/storage is full: the quote was not saved/);
  });
});
