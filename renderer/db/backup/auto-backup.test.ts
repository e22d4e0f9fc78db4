import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addClip } from '../clips';
import type { LibraryDb } from '../db';
import { getMeta } from '../settings';
import { clipDraft, dumpLibrary, freshLibrary } from '../testing';
import { type AutoBackup, startAutoBackup } from './auto-backup';
import { importLibrary } from './import';

let db: LibraryDb;
let other: LibraryDb | undefined;
let auto: AutoBackup | undefined;
afterEach(() => {
  auto?.stop();
  db?.close();
  other?.close();
});

describe('automatic backup', () => {
  it('backs up only when the library changed since the last backup, on each tick', async () => {
    db = await freshLibrary();
    const saved: Uint8Array[] = [];
    let interval = 0;
    auto = startAutoBackup({ db, appVersion: 't', save: async (bytes) => void saved.push(bytes), every: (ms) => ((interval = ms), () => undefined) });
    expect(interval).toBe(30 * 60 * 1000);

    expect(await auto.tick()).toBe(false);
    await addClip(db, clipDraft({ title: 'first' }));
    expect(await auto.tick()).toBe(true);
    expect(await auto.tick()).toBe(false);
    expect(saved).toHaveLength(1);
    expect(await getMeta(db, 'lastAutoBackupAt')).toEqual(expect.any(Number));

    other = await freshLibrary();
    await importLibrary(other, saved[0]!, 'replace');
    expect(await dumpLibrary(other)).toEqual(await dumpLibrary(db));
  });

  it('keeps the backup due when saving fails, and retries at the next tick', async () => {
    db = await freshLibrary();
    const errors: unknown[] = [];
    let fail = true;
    const saved: Uint8Array[] = [];
    auto = startAutoBackup({
      db, appVersion: 't', every: () => () => undefined, onError: (e) => errors.push(e),
      save: async (bytes) => {
        if (fail) throw new Error('disk full');
        saved.push(bytes);
      },
    });
    await addClip(db, clipDraft());
    expect(await auto.tick()).toBe(false);
    expect(errors).toEqual([new Error('disk full')]);
    fail = false;
    expect(await auto.tick()).toBe(true);
    expect(saved).toHaveLength(1);
  });

  it('ignores other libraries and stops listening when stopped', async () => {
    db = await freshLibrary();
    other = await freshLibrary();
    const saved: Uint8Array[] = [];
    auto = startAutoBackup({ db, appVersion: 't', save: async (b) => void saved.push(b), every: () => () => undefined });
    await addClip(other, clipDraft());
    expect(await auto.tick()).toBe(false);
    auto.stop();
    await addClip(db, clipDraft());
    expect(await auto.tick()).toBe(false);
  });
});
