import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addAssets } from './assets';
import { addClip, trashClip, trashClips } from './clips';
import type { LibraryDb } from './db';
import { createEntity, trashEntity } from './entities';
import { addMentions } from './mentions';
import { createNote, trashNote } from './notes';
import { createQuote, trashQuote } from './quotes';
import { setMeta, setSetting } from './settings';
import { clipDraft, freshLibrary, quoteDraft } from './testing';
import { deleteClipsForever, emptyTrash, listTrash } from './trash';

let db: LibraryDb;
afterEach(() => db?.close());

describe('trash', () => {
  it('lists trashed records, most recent first', async () => {
    db = await freshLibrary();
    const { clip: a } = await addClip(db, clipDraft());
    const { clip: b } = await addClip(db, clipDraft());
    await addClip(db, clipDraft());
    await trashClip(db, a.id);
    await trashClip(db, b.id);
    const note = await createNote(db, { title: 'n' });
    await trashNote(db, note.id);
    const trash = await listTrash(db);
    expect(trash.clips.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(trash.notes.map((n) => n.id)).toEqual([note.id]);
  });

  it('empties the trash for real, with what the deleted records owned, and cuts links to them', async () => {
    db = await freshLibrary();
    const { clip: gone } = await addClip(db, clipDraft());
    const { clip: kept } = await addClip(db, clipDraft());
    const person = await createEntity(db, { kind: 'person', name: 'Gone Person' });
    const state = await createEntity(db, { kind: 'state', name: 'Kept State' });
    const treaty = await createEntity(db, {
      kind: 'treaty', name: 'T', treaty: { abbreviation: 'T', signed: null, inForce: null, ended: null, status: 'in-force', events: [], partyIds: [person.id, state.id] },
    });
    const goneQuote = await createQuote(db, quoteDraft(gone.id));
    const keptQuote = await createQuote(db, quoteDraft(kept.id, { speakerId: person.id, entityIds: [person.id, state.id] }));
    const trashedQuote = await createQuote(db, quoteDraft(kept.id));
    await addMentions(db, [{ clipId: kept.id, entityId: person.id, start: 0, end: 1, text: 'G' }, { clipId: gone.id, entityId: state.id, start: 0, end: 1, text: 'K' }]);
    await addAssets(db, [{ clipId: gone.id, sourceUrl: 'https://x.example/a.png', mimeType: 'image/png', blob: new Blob(['x']) }]);
    const note = await createNote(db, { quoteIds: [goneQuote.id, keptQuote.id, trashedQuote.id], entityIds: [person.id, state.id], clipIds: [gone.id, kept.id] });

    // What features keep per record: a clip's rejected suggestions (a setting) and stored suggestions (device-local).
    for (const clip of [gone, kept]) {
      await setSetting(db, `suggest:rejected:${clip.id}`, [{ start: 0, end: 1, text: 'x' }]);
      await setMeta(db, `suggest:clip:${clip.id}`, { stamp: 's', suggestions: {} });
    }
    await setSetting(db, 'theme', 'dark');

    await trashClip(db, gone.id);
    await trashEntity(db, person.id);
    await trashQuote(db, trashedQuote.id);
    const result = await emptyTrash(db);

    expect(result).toEqual({ clips: 1, assets: 1, entities: 1, quotes: 2, mentions: 2, notes: 0 });
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual([kept.id]);
    expect((await db.quotes.toArray()).map((q) => q.id)).toEqual([keptQuote.id]);
    expect(await db.quotes.get(keptQuote.id)).toMatchObject({ speakerId: null, entityIds: [state.id] });
    expect(await db.mentions.count()).toBe(0);
    expect(await db.assets.count()).toBe(0);
    expect(await db.notes.get(note.id)).toMatchObject({ quoteIds: [keptQuote.id], entityIds: [state.id], clipIds: [kept.id] });
    expect((await db.entities.get(treaty.id))!.treaty!.partyIds).toEqual([state.id]);
    expect(await listTrash(db)).toEqual({ clips: [], quotes: [], entities: [], notes: [] });
    expect((await db.settings.toCollection().primaryKeys()).sort()).toEqual([`suggest:rejected:${kept.id}`, 'theme'].sort());
    expect(await db.meta.get(`suggest:clip:${gone.id}`)).toBeUndefined();
    expect(await db.meta.get(`suggest:clip:${kept.id}`)).toBeDefined();
  });

  it('deletes chosen trashed clips forever with what they owned, never a live clip, and leaves the rest of the trash', async () => {
    db = await freshLibrary();
    const { clip: gone } = await addClip(db, clipDraft());
    const { clip: stays } = await addClip(db, clipDraft());
    const { clip: live } = await addClip(db, clipDraft());
    await createQuote(db, quoteDraft(gone.id));
    await setMeta(db, `suggest:clip:${gone.id}`, { stamp: 's', suggestions: {} });
    await trashClips(db, [gone.id, stays.id]);
    const result = await deleteClipsForever(db, [gone.id, live.id]);
    expect(result).toMatchObject({ clips: 1, quotes: 1 });
    expect((await db.clips.toArray()).map((c) => c.id).sort()).toEqual([stays.id, live.id].sort());
    expect((await listTrash(db)).clips.map((c) => c.id)).toEqual([stays.id]);
    expect(await db.meta.get(`suggest:clip:${gone.id}`)).toBeUndefined();
  });
});
