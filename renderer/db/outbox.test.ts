import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MENTION_NODE_TYPE } from '../../shared/notes/lexical-json';
import { exportLibrary } from './backup/export';
import { importLibrary } from './backup/import';
import { addClip, addClips, trashClip } from './clips';
import type { LibraryDb } from './db';
import { StorageWriteError } from './durability';
import { createEntity, updateEntity } from './entities';
import { addMentions } from './mentions';
import { createNote, updateNote } from './notes';
import { countOutbox, drainOutbox, readOutbox, RESYNC_ALL_KEY } from './outbox';
import { createQuote, getQuote, updateQuote } from './quotes';
import { setSetting } from './settings';
import { clipDraft, fillDiskFor, freshLibrary, quoteDraft } from './testing';
import { emptyTrash } from './trash';
import { LibraryRuleError } from './write';

const opened: LibraryDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
async function library(): Promise<LibraryDb> {
  const db = await freshLibrary();
  opened.push(db);
  return db;
}

const keys = async (db: LibraryDb) => (await readOutbox(db)).map((entry) => entry.key).sort();

describe('the search outbox', () => {
  it('names every record a repository write changed, once per record however often it changed', async () => {
    const db = await library();
    const { clip } = await addClip(db, clipDraft());
    const person = await createEntity(db, { kind: 'person', name: 'Kaja Kallas' });
    const quote = await createQuote(db, { ...quoteDraft(clip.id), speakerId: person.id });
    const [mention] = await addMentions(db, [{ clipId: clip.id, entityId: person.id, start: 0, end: 4, text: 'Kaja' }]);
    const note = await createNote(db, { title: 'Draft' });
    for (const text of ['a', 'ab', 'abc']) await updateNote(db, note.id, { text });
    expect(await keys(db)).toEqual(
      [`clips:${clip.id}`, `entities:${person.id}`, `quotes:${quote.id}`, `mentions:${mention!.id}`, `notes:${note.id}`].sort(),
    );
    expect(await countOutbox(db)).toBe(5);
  });

  it('names what a cascade touched: a trashed clip with its quotes and mentions, a rename with its notes', async () => {
    const db = await library();
    const { clip } = await addClip(db, clipDraft());
    const person = await createEntity(db, { kind: 'person', name: 'Kaja Kallas' });
    const quote = await createQuote(db, quoteDraft(clip.id));
    const [mention] = await addMentions(db, [{ clipId: clip.id, entityId: person.id, start: 0, end: 4, text: 'Kaja' }]);
    const note = await createNote(db, {
      title: 'Linked', entityIds: [person.id],
      content: JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: MENTION_NODE_TYPE, entityId: person.id, name: 'Kaja Kallas', text: 'Kaja Kallas' }] }] } }),
    });
    await drainOutbox(db, await readOutbox(db));

    await trashClip(db, clip.id);
    expect(await keys(db)).toEqual([`clips:${clip.id}`, `mentions:${mention!.id}`, `quotes:${quote.id}`].sort());
    await drainOutbox(db, await readOutbox(db));
    await updateEntity(db, person.id, { name: 'Kaja Kallas-Ansip' });
    expect(await keys(db)).toEqual([`entities:${person.id}`, `notes:${note.id}`].sort());
  });

  it('names records deleted for good by emptying the trash', async () => {
    const db = await library();
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, quoteDraft(clip.id));
    await trashClip(db, clip.id);
    await drainOutbox(db, await readOutbox(db));
    await emptyTrash(db);
    expect(await keys(db)).toEqual([`clips:${clip.id}`, `quotes:${quote.id}`].sort());
  });

  it('leaves settings and failed writes out', async () => {
    const db = await library();
    await setSetting(db, 'theme', 'dark');
    await expect(updateQuote(db, 'no-such-quote', { comment: 'x' })).rejects.toBeInstanceOf(LibraryRuleError);
    expect(await countOutbox(db)).toBe(0);
  });

  it('is written in the record\'s own transaction: when the disk is full it is not written, and neither is the record', async () => {
    const db = await library();
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, quoteDraft(clip.id));
    await drainOutbox(db, await readOutbox(db));
    await fillDiskFor(db, 'outbox');
    await expect(updateQuote(db, quote.id, { comment: 'never half-saved' })).rejects.toBeInstanceOf(StorageWriteError);
    expect((await getQuote(db, quote.id))!.comment).toBe('');
    expect(await countOutbox(db)).toBe(0);
  });

  it('drains only what was applied: a write made meanwhile stays for the next update', async () => {
    const db = await library();
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, quoteDraft(clip.id));
    const applied = await readOutbox(db);
    await updateQuote(db, quote.id, { comment: 'written while the index was busy' });
    await drainOutbox(db, applied);
    expect(await keys(db)).toEqual([`quotes:${quote.id}`]);
    await drainOutbox(db, await readOutbox(db));
    expect(await countOutbox(db)).toBe(0);
  });

  it('takes a bulk import as one entry per clip, and a backup import as one full-check entry', async () => {
    const db = await library();
    const created = await addClips(db, Array.from({ length: 1200 }, () => clipDraft()));
    expect(await countOutbox(db)).toBe(1200);
    await drainOutbox(db, await readOutbox(db));

    const source = await library();
    await addClips(source, Array.from({ length: 50 }, () => clipDraft()));
    await importLibrary(db, await exportLibrary(source, { appVersion: 'test' }), 'merge');
    expect(await readOutbox(db)).toEqual([expect.objectContaining({ key: RESYNC_ALL_KEY })]);
    expect(created).toHaveLength(1200);
  });
});
