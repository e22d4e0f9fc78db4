import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { addAssets } from './assets';
import { exportLibrary } from './backup/export';
import { importLibrary } from './backup/import';
import { addClip, listClips } from './clips';
import type { LibraryDb} from './db';
import { openLibrary } from './db';
import { onStorageError, type StorageError } from './durability';
import { createEntity } from './entities';
import { createNote } from './notes';
import { createQuote, listQuotesOfClip } from './quotes';
import { clipDraft, dumpLibrary, fillDiskFor, freshLibrary, quoteDraft } from './testing';

const opened: LibraryDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const track = (db: LibraryDb) => (opened.push(db), db);

async function fill(db: LibraryDb) {
  const { clip } = await addClip(db, clipDraft({ title: 'Real IndexedDB' }));
  const person = await createEntity(db, { kind: 'person', name: 'Jens Stoltenberg' });
  await createQuote(db, quoteDraft(clip.id, { speakerId: person.id }));
  await addAssets(db, [{ clipId: clip.id, sourceUrl: 'https://i.example/p.png', mimeType: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3, 250])], { type: 'image/png' }) }]);
  await createNote(db, { title: 'Notes', entityIds: [person.id] });
  return clip;
}

describe('the library in Chromium IndexedDB', () => {
  it('round-trips export -> import into another database, blobs included', async () => {
    const db = track(await freshLibrary());
    await fill(db);
    const target = track(await freshLibrary());
    await importLibrary(target, await exportLibrary(db, { appVersion: 'browser' }), 'replace');
    expect(await dumpLibrary(target)).toEqual(await dumpLibrary(db));
  });

  it('keeps everything across a reload (a new connection after close)', async () => {
    const name = `quire-reload-${newId()}`;
    const first = await openLibrary(name);
    const clip = await fill(first);
    const before = await dumpLibrary(first);
    first.close();

    const second = track(await openLibrary(name));
    expect(await dumpLibrary(second)).toEqual(before);
    expect((await listClips(second)).map((c) => c.id)).toEqual([clip.id]);
    expect(await listQuotesOfClip(second, clip.id)).toHaveLength(1);
  });

  it('a quota failure is reported through onStorageError and earlier data survives', async () => {
    const db = track(await freshLibrary());
    const clip = await fill(db);
    await fillDiskFor(db, 'quotes');
    const reported: StorageError[] = [];
    const stop = onStorageError((e) => reported.push(e));
    await expect(createQuote(db, quoteDraft(clip.id, { comment: 'not saved' }))).rejects.toThrow(/full: the quote was not saved/);
    stop();
    expect(reported.map((r) => r.kind)).toEqual(['quota']);
    expect((await listQuotesOfClip(db, clip.id)).map((q) => q.comment)).toEqual(['']);
  });
});
