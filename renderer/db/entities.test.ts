import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TreatyInfo } from '../../shared/model';
import { addClip } from './clips';
import type { LibraryDb } from './db';
import { createEntity, findEntitiesByName, getEntity, listEntities, restoreEntity, trashEntity, updateEntity } from './entities';
import { mergeEntities, unmergeEntities } from './entity-merge';
import { addMentions } from './mentions';
import { createNote } from './notes';
import { createQuote, listQuotesOfEntity } from './quotes';
import { clipDraft, freshLibrary, quoteDraft } from './testing';

let db: LibraryDb;
afterEach(() => db?.close());

const treaty = (partyIds: string[]): TreatyInfo => ({
  abbreviation: 'NPT', signed: '1968-07-01', inForce: '1970-03-05', ended: null, status: 'in-force', events: [], partyIds,
});

async function snapshot(db: LibraryDb) {
  return { entities: await db.entities.toArray(), quotes: await db.quotes.toArray(), mentions: await db.mentions.toArray(), notes: await db.notes.toArray() };
}
const withoutTimes = <T extends { updatedAt: number }>(rows: T[]) => rows.map(({ updatedAt: _u, ...rest }) => rest);

describe('entities repository', () => {
  it('finds entities by any folded name or alias, and dedupes aliases', async () => {
    db = await freshLibrary();
    const petain = await createEntity(db, { kind: 'person', name: 'Philippe Pétain', aliases: ['Pétain', 'petain', 'Philippe Petain', ' '] });
    expect(petain.aliases).toEqual(['Pétain']);
    expect((await findEntitiesByName(db, 'PETAIN')).map((e) => e.id)).toEqual([petain.id]);
    expect((await findEntitiesByName(db, 'philippe  petain')).map((e) => e.id)).toEqual([petain.id]);
    await updateEntity(db, petain.id, { aliases: ['Marshal Pétain'] });
    expect(await findEntitiesByName(db, 'petain')).toEqual([]);
    expect((await getEntity(db, petain.id))!).not.toHaveProperty('aliasKeys');
  });

  it('trashing an entity trashes its mentions and keeps quote links for restore', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft());
    const person = await createEntity(db, { kind: 'person', name: 'Ann Linde' });
    const quote = await createQuote(db, quoteDraft(clip.id, { speakerId: person.id, entityIds: [person.id] }));
    const [mention] = await addMentions(db, [{ clipId: clip.id, entityId: person.id, start: 0, end: 3, text: 'Ann' }]);
    await trashEntity(db, person.id);
    expect(await listEntities(db)).toEqual([]);
    expect((await db.mentions.get(mention!.id))!.deletedAt).not.toBeNull();
    expect((await db.quotes.get(quote.id))!.speakerId).toBe(person.id);
    await expect(createQuote(db, quoteDraft(clip.id, { speakerId: person.id }))).rejects.toThrow(/trash/);
    await restoreEntity(db, person.id);
    expect((await db.mentions.get(mention!.id))!.deletedAt).toBeNull();
    expect((await listQuotesOfEntity(db, person.id)).map((q) => q.id)).toEqual([quote.id]);
  });

  it('merges two entities in one go, and unmerge puts every link back', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft());
    const keep = await createEntity(db, { kind: 'state', name: 'Russia', aliases: ['Russian Federation'] });
    const drop = await createEntity(db, { kind: 'state', name: 'Russian Federation', aliases: ['RF', 'Россия'] });
    const other = await createEntity(db, { kind: 'state', name: 'France' });
    const npt = await createEntity(db, { kind: 'treaty', name: 'Non-Proliferation Treaty', treaty: treaty([drop.id, other.id, keep.id]) });
    const q1 = await createQuote(db, quoteDraft(clip.id, { speakerId: drop.id, entityIds: [drop.id, other.id] }));
    const q2 = await createQuote(db, quoteDraft(clip.id, { entityIds: [keep.id, drop.id] }));
    const untouched = await createQuote(db, quoteDraft(clip.id, { entityIds: [other.id] }));
    const [m1] = await addMentions(db, [{ clipId: clip.id, entityId: drop.id, start: 0, end: 2, text: 'RF' }]);
    const note = await createNote(db, { title: 'Sanctions', entityIds: [drop.id, keep.id] });
    const before = await snapshot(db);

    const undo = await mergeEntities(db, keep.id, drop.id);
    const merged = (await getEntity(db, keep.id))!;
    expect(merged.aliases).toEqual(['Russian Federation', 'RF', 'Россия']);
    expect((await findEntitiesByName(db, 'россия')).map((e) => e.id)).toEqual([keep.id]);
    const dropped = (await getEntity(db, drop.id))!;
    expect(dropped.mergedInto).toBe(keep.id);
    expect(dropped.deletedAt).not.toBeNull();
    expect(await db.quotes.get(q1.id)).toMatchObject({ speakerId: keep.id, entityIds: [keep.id, other.id] });
    expect((await db.quotes.get(q2.id))!.entityIds).toEqual([keep.id]);
    expect((await db.quotes.get(untouched.id))!.updatedAt).toBe(untouched.updatedAt);
    expect((await db.mentions.get(m1!.id))!.entityId).toBe(keep.id);
    expect((await db.notes.get(note.id))!.entityIds).toEqual([keep.id]);
    expect((await getEntity(db, npt.id))!.treaty!.partyIds).toEqual([keep.id, other.id]);
    await expect(restoreEntity(db, drop.id)).rejects.toThrow(/undo the merge/);

    await unmergeEntities(db, undo);
    expect(withoutTimes((await snapshot(db)).entities)).toEqual(withoutTimes(before.entities));
    expect(withoutTimes((await snapshot(db)).quotes)).toEqual(withoutTimes(before.quotes));
    expect(withoutTimes((await snapshot(db)).mentions)).toEqual(withoutTimes(before.mentions));
    expect(withoutTimes((await snapshot(db)).notes)).toEqual(withoutTimes(before.notes));
    await expect(unmergeEntities(db, undo)).rejects.toThrow(/already undone/);
  });

  it('refuses to merge an entity into itself or a trashed one, changing nothing', async () => {
    db = await freshLibrary();
    const a = await createEntity(db, { kind: 'person', name: 'A' });
    const b = await createEntity(db, { kind: 'person', name: 'B' });
    await trashEntity(db, b.id);
    const before = await snapshot(db);
    await expect(mergeEntities(db, a.id, a.id)).rejects.toThrow(/itself/);
    await expect(mergeEntities(db, a.id, b.id)).rejects.toThrow(/out of the trash/);
    expect(await snapshot(db)).toEqual(before);
  });
});
