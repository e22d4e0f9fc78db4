import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { newId } from '../../shared/ids';
import { addClip } from './clips';
import { LibraryDb, OpenFailure, openLibrary } from './db';
import { CURRENT_VERSION } from './migrations';
import { clipDraft } from './testing';

describe('openLibrary', () => {
  it('records the schema version in meta', async () => {
    const db = await openLibrary(`quire-${newId()}`);
    expect((await db.meta.get('schema'))!.value).toMatchObject({ version: CURRENT_VERSION });
    db.close();
  });

  it('lets the UI save unsaved work before closing for another window\'s upgrade', async () => {
    const name = `quire-${newId()}`;
    const opened: { db?: LibraryDb } = {};
    const onVersionChange = vi.fn(async () => {
      // The pending edit of the first window, written while the upgrade waits.
      await addClip(opened.db!, clipDraft({ title: 'saved while the upgrade waited' }));
    });
    const first = (opened.db = await openLibrary(name, { onVersionChange }));
    await addClip(first, clipDraft());
    const newer = new LibraryDb(name);
    newer.version(CURRENT_VERSION + 1).stores({ clips: 'id, createdAt, updatedAt, publishedAt, canonicalUrl, contentHash, deletedAt, *tags, lang' });
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(first.isOpen()).toBe(false);
    const titles = (await newer.table('clips').toArray()).map((c: { title: string }) => c.title);
    expect(titles).toHaveLength(2);
    expect(titles).toContain('saved while the upgrade waited');
    newer.close();
  });

  it('reports a library written by a newer Quire as an OpenFailure and deletes nothing', async () => {
    const name = `quire-${newId()}`;
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 5).stores({ clips: 'id' });
    await newer.open();
    await newer.table('clips').add({ id: 'keep-me' });
    newer.close();

    const failure = await openLibrary(name).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OpenFailure);
    expect(failure).toMatchObject({ reason: 'newer-version' });
    expect((failure as Error).message).toMatch(/restore a backup/);

    const again = new Dexie(name);
    again.version(CURRENT_VERSION + 5).stores({ clips: 'id' });
    await again.open();
    expect(await again.table('clips').toArray()).toEqual([{ id: 'keep-me' }]);
    again.close();
  });
});
