import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { LibraryDb, openLibrary } from '../db';
import { clipDraft, dumpLibrary } from '../testing';
import { CURRENT_VERSION } from '.';
import { RESYNC_ALL_KEY } from './0003-search-outbox';

describe('migration 0003: the search outbox', () => {
  it('upgrades a v2 library: every record survives, and the outbox asks the index for one full check', async () => {
    const name = `quire-migration-${newId()}`;
    const v2 = new LibraryDb(name, {}, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const clip = { ...clipDraft(), id: newId(), createdAt: 1, updatedAt: 2, deletedAt: null, tags: ['inf'], readState: 'read', readingProgress: 0.5 };
    const entity = {
      id: newId(), createdAt: 1, updatedAt: 1, deletedAt: null, kind: 'person', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'],
      aliasKeys: ['jens stoltenberg', 'stoltenberg'], description: '', treaty: null, origin: { type: 'user' }, mergedInto: null,
    };
    await v2.table('clips').add(clip);
    await v2.table('entities').add(entity);
    await v2.table('quotes').add({ id: newId(), clipId: clip.id, text: 'x', comment: 'before the upgrade', speakerId: entity.id, entityIds: [], deletedAt: null, updatedAt: 3 });
    await v2.table('notes').add({ id: newId(), title: 'n', text: 't', updatedAt: 4, quoteIds: [], entityIds: [entity.id], clipIds: [], deletedAt: null });
    await v2.table('settings').add({ key: 'theme', value: 'dark', updatedAt: 5 });
    await v2.table('meta').add({ key: 'suggest:clip:x', value: [1] });
    const before = await dumpLibrary(v2);
    const metaBefore = await v2.table('meta').toArray();
    v2.close();

    const db = await openLibrary(name);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await dumpLibrary(db)).toEqual(before);
    expect((await db.meta.toArray()).filter((m) => m.key !== 'schema')).toEqual(metaBefore);
    expect(await db.outbox.toArray()).toEqual([{ key: RESYNC_ALL_KEY, token: 'upgrade-to-v3' }]);
    db.close();
  });

  it('starts a new library with an empty outbox', async () => {
    const db = await openLibrary(`quire-migration-${newId()}`);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });
});
