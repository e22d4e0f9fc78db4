import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { LibraryDb, openLibrary } from '../db';
import { clipDraft } from '../testing';
import { CURRENT_VERSION } from '.';

function v1Clip(i: number) {
  const { readingProgress: _r, ...draft } = { ...clipDraft(), readingProgress: undefined };
  return { ...draft, id: newId(), createdAt: i, updatedAt: i, deletedAt: i === 3 ? 99 : null, tags: [`t${i}`], readState: 'read' as const };
}

function v1Entity(name: string, aliases: string[]) {
  return {
    id: newId(), createdAt: 1, updatedAt: 1, deletedAt: null, kind: 'person', name, aliases, description: '',
    treaty: null, origin: { type: 'user' }, mergedInto: null,
  };
}

describe('migration 0002: alias keys and reading progress', () => {
  it('upgrades a v1 library: every record survives, entities gain aliasKeys, clips gain readingProgress', async () => {
    const name = `quire-migration-${newId()}`;
    const v1 = new LibraryDb(name, {}, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const clips = [1, 2, 3].map(v1Clip);
    const halfRead = { ...v1Clip(4), readingProgress: 0.4 };
    const entities = [v1Entity('Philippe Pétain', ['Marshal Pétain', 'PÉTAIN']), v1Entity('Ёлкин', [])];
    await v1.table('clips').bulkAdd([...clips, halfRead]);
    await v1.table('entities').bulkAdd(entities);
    await v1.table('quotes').add({ id: newId(), clipId: clips[0]!.id, text: 'x', speakerId: entities[0]!.id, entityIds: [], deletedAt: null });
    await v1.table('settings').add({ key: 'theme', value: 'dark', updatedAt: 5 });
    v1.close();

    const db = await openLibrary(name);
    expect(db.verno).toBe(CURRENT_VERSION);
    const upgradedClips = await db.clips.orderBy('createdAt').toArray();
    expect(upgradedClips).toEqual([...clips.map((c) => ({ ...c, readingProgress: 0 })), halfRead]);
    expect(await db.entities.toArray()).toEqual([
      { ...entities[0], aliasKeys: ['philippe petain', 'marshal petain', 'petain'] },
      { ...entities[1], aliasKeys: ['елкин'] },
    ]);
    expect((await db.entities.where('aliasKeys').equals('petain').toArray()).map((e) => e.id)).toEqual([entities[0]!.id]);
    expect(await db.quotes.count()).toBe(1);
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark', updatedAt: 5 });
    db.close();
  });
});
