import { afterEach, describe, expect, it } from 'vitest';
import { addClip, trashClip } from '../db/clips';
import { createEntity, updateEntity } from '../db/entities';
import { createNote, updateNote } from '../db/notes';
import { createQuote, updateQuote } from '../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../db/testing';
import { SearchClient } from './client';
import { LibraryIndexer } from './feeder';
import type { SearchStatus } from './protocol';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

function connect(db: Awaited<ReturnType<typeof freshLibrary>>, name: string) {
  const client = new SearchClient(name);
  const indexer = new LibraryIndexer(db, client);
  const states: SearchStatus['state'][] = [];
  client.onStatus((status) => states.push(status.state));
  cleanup.push(() => { indexer.stop(); client.close(); });
  return { client, indexer, states };
}

const ids = async (client: SearchClient, query: string) =>
  (await client.search(query, { typing: false })).results.map((hit) => hit.id).sort();

describe('LibraryIndexer', () => {
  it('builds the index from the library, follows writes, and restarts without a rebuild', async () => {
    const db = await freshLibrary();
    cleanup.push(() => db.close());
    const name = `quire-search-feeder-${db.name}`;
    const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Путин'] });
    const { clip } = await addClip(db, clipDraft({ title: 'Путин о договоре', text: 'Путин объявил о приостановке участия в ДСНВ.', lang: 'ru' }));
    const { clip: english } = await addClip(db, clipDraft({ title: 'New START suspended', text: 'Russia suspended New START on Tuesday.' }));
    const quote = await createQuote(db, { ...quoteDraft(english.id), text: 'We are suspending our participation', speakerId: putin.id });

    const first = connect(db, name);
    await first.indexer.start();
    expect(first.states).toContain('rebuilding');
    // The quote matches too: its speaker's alias is Путин.
    expect(await ids(first.client, 'Путин')).toEqual([clip.id, quote.id].sort());
    expect(await ids(first.client, '"New START"')).toEqual([english.id]);
    expect(await ids(first.client, 'actor:Putin')).toEqual([quote.id]);

    await updateQuote(db, quote.id, { text: 'Hypersonic weapons are ready' });
    await first.indexer.settled();
    expect(await ids(first.client, 'hypersonic')).toEqual([quote.id]);
    expect(await ids(first.client, 'suspending')).toEqual([]);

    await updateEntity(db, putin.id, { aliases: ['Путин', 'VVP'] });
    await first.indexer.settled();
    expect(await ids(first.client, 'speaker:VVP')).toEqual([quote.id]);

    await trashClip(db, clip.id);
    await first.indexer.settled();
    expect(await ids(first.client, 'Путин')).toEqual([quote.id]);
    first.indexer.stop();
    first.client.close();

    const second = connect(db, name);
    await second.indexer.start();
    expect(second.client.status).toMatchObject({ state: 'ready', restoredFromDisk: true });
    expect(second.states).not.toContain('rebuilding');
    expect(await ids(second.client, 'hypersonic')).toEqual([quote.id]);
  });

  it('repairs an index that missed writes while it was closed', async () => {
    const db = await freshLibrary();
    cleanup.push(() => db.close());
    const name = `quire-search-feeder-${db.name}`;
    const note = await createNote(db, { title: 'Verification', text: 'Inspections under the treaty' });
    const first = connect(db, name);
    await first.indexer.start();
    expect(await ids(first.client, 'inspections')).toEqual([note.id]);
    first.indexer.stop();
    first.client.close();

    await updateNote(db, note.id, { text: 'Satellite monitoring instead' });
    await addClip(db, clipDraft({ title: 'Telemetry', text: 'Telemetry sharing ended.' }));

    const second = connect(db, name);
    await second.indexer.start();
    expect(second.states).not.toContain('rebuilding');
    expect(await ids(second.client, 'satellite')).toEqual([note.id]);
    expect(await ids(second.client, 'inspections')).toEqual([]);
    expect((await second.client.search('telemetry', { typing: false })).total).toBe(1);
  });
});
