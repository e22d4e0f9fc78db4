import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../shared/anchor/anchor';
import { GAZETTEER } from '../../../shared/entities/gazetteer';
import { getClip, listClips } from '../../db/clips';
import { listEntities, trashEntity, updateEntity } from '../../db/entities';
import { listNotes } from '../../db/notes';
import { listQuotesOfClip, listQuotesOfEntity } from '../../db/quotes';
import { openLibrary } from '../../db/db';
import { freshLibrary } from '../../db/testing';
import { entityOfKey, seedGazetteer } from '../entities/gazetteer-seed';
import { getDemoState, removeDemo } from './demo';
import { firstRun, prepareLibrary } from './first-run';

describe('first run of a new library', () => {
  it('seeds the gazetteer with treaty parties linked, once, keeping the user’s edits and deletions', async () => {
    const db = await freshLibrary();
    expect(await seedGazetteer(db)).toBe(GAZETTEER.length);
    const newStart = (await entityOfKey(db, 'treaty:new-start'))!;
    const parties = (await listEntities(db)).filter((e) => newStart.treaty!.partyIds.includes(e.id)).map((e) => e.name);
    expect(parties.sort()).toEqual(['Russia', 'United States']);

    await updateEntity(db, newStart.id, { name: 'New START (2010)' });
    await trashEntity(db, (await entityOfKey(db, 'treaty:abm'))!.id);
    expect(await seedGazetteer(db)).toBe(0);
    expect((await entityOfKey(db, 'treaty:new-start'))!.name).toBe('New START (2010)');
    expect(await entityOfKey(db, 'treaty:abm')).toBeUndefined();
    expect((await listEntities(db)).length).toBe(GAZETTEER.length - 1);
  });

  it('opens with the demo clip, its Putin quotes tagged and anchored, and a note citing them', async () => {
    const db = await freshLibrary();
    await Promise.all([prepareLibrary(db), prepareLibrary(db)]);
    const clips = await listClips(db);
    expect(clips).toHaveLength(1);
    const clip = clips[0]!;
    expect(clip).toMatchObject({ source: 'demo', siteName: 'The Hill' });
    expect(clip.text).not.toContain('MORE');

    const putin = (await entityOfKey(db, 'person:putin'))!;
    const quotes = await listQuotesOfClip(db, clip.id);
    expect(quotes).toHaveLength(3);
    for (const quote of quotes) {
      expect(quote.speakerId).toBe(putin.id);
      expect(anchorQuote(clip.text, quote.selector)).toMatchObject({ method: 'position' });
    }
    const newStart = (await entityOfKey(db, 'treaty:new-start'))!;
    const inf = (await entityOfKey(db, 'treaty:inf'))!;
    expect((await listQuotesOfEntity(db, newStart.id)).map((q) => q.text)[0]).toContain('New START treaty');
    expect(await listQuotesOfEntity(db, inf.id)).toHaveLength(2);

    const [note] = await listNotes(db);
    expect(note!.quoteIds.length).toBe(2);
    expect(note!.entityIds).toEqual(expect.arrayContaining([putin.id, newStart.id, inf.id]));
    expect(JSON.parse(note!.content).root.children.filter((n: { type: string }) => n.type === 'quire-quote')).toHaveLength(2);
  });

  it('removes the demo in one call and never brings it back', async () => {
    const db = await freshLibrary();
    await prepareLibrary(db);
    const state = await getDemoState(db);
    expect(state?.status).toBe('installed');
    await removeDemo(db);
    expect(await listClips(db)).toEqual([]);
    expect(await listNotes(db)).toEqual([]);
    if (state?.status === 'installed') expect((await getClip(db, state.clipId))!.deletedAt).not.toBeNull();
    expect(await entityOfKey(db, 'person:putin')).toBeDefined();

    db.close();
    const again = await openLibrary(db.name);
    await firstRun(again);
    expect(await listClips(again)).toEqual([]);
    expect((await getDemoState(again))?.status).toBe('removed');
  });
});
