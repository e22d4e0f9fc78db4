/**
 * A crash between a write's commit and the index update: the search worker is
 * terminated and the library closed right after the commit, before the feeder's
 * debounce sends anything; a fresh start must find what was written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importLibrary } from '../db/backup/import';
import { exportLibrary } from '../db/backup/export';
import { addClip, addClips } from '../db/clips';
import { type LibraryDb, openLibrary } from '../db/db';
import { createEntity, trashEntity, updateEntity } from '../db/entities';
import { countOutbox } from '../db/outbox';
import { createQuote, updateQuote } from '../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../db/testing';
import { emptyTrash } from '../db/trash';
import { SearchClient } from './client';
import { LibraryIndexer } from './feeder';
import type { SearchStatus } from './protocol';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0).reverse()) done();
});

function connect(db: LibraryDb, name: string) {
  const client = new SearchClient(name);
  const indexer = new LibraryIndexer(db, client);
  const states: SearchStatus['state'][] = [];
  client.onStatus((status) => states.push(status.state));
  const stop = () => { indexer.stop(); client.close(); };
  cleanup.push(stop);
  return { client, indexer, states, crash: stop };
}

async function library(): Promise<LibraryDb> {
  const db = await freshLibrary();
  cleanup.push(() => db.close());
  return db;
}

/** The window dies: worker gone, connection closed, nothing flushed; then the app starts again. */
async function crashAndRestart(db: LibraryDb, first: ReturnType<typeof connect>, name: string) {
  first.crash();
  db.close();
  const reopened = await openLibrary(db.name);
  cleanup.push(() => reopened.close());
  const second = connect(reopened, name);
  await second.indexer.start();
  return { db: reopened, ...second };
}

const ids = async (client: SearchClient, query: string) =>
  (await client.search(query, { typing: false })).results.map((hit) => hit.id).sort();

describe('LibraryIndexer after a crash', () => {
  it('finds a quote comment committed just before the crash, and empties the outbox', async () => {
    const db = await library();
    const name = `quire-search-crash-${db.name}`;
    const { clip } = await addClip(db, clipDraft({ title: 'Arms control talks' }));
    const quote = await createQuote(db, quoteDraft(clip.id));
    const first = connect(db, name);
    await first.indexer.start();
    await first.indexer.settled();

    await updateQuote(db, quote.id, { comment: 'Compare with the Zeppelin memo' });
    const second = await crashAndRestart(db, first, name);

    expect(second.states).not.toContain('rebuilding');
    expect(await ids(second.client, 'zeppelin')).toEqual([quote.id]);
    expect(await countOutbox(second.db)).toBe(0);
  });

  it('follows an entity renamed just before the crash into the quotes it speaks', async () => {
    const db = await library();
    const name = `quire-search-crash-${db.name}`;
    const speaker = await createEntity(db, { kind: 'person', name: 'Sergei Lavrov' });
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, { ...quoteDraft(clip.id), speakerId: speaker.id });
    const first = connect(db, name);
    await first.indexer.start();
    await first.indexer.settled();
    expect(await ids(first.client, 'speaker:Lavrov')).toEqual([quote.id]);

    await updateEntity(db, speaker.id, { aliases: ['Minister Lavroff'] });
    const second = await crashAndRestart(db, first, name);

    expect(await ids(second.client, 'speaker:Lavroff')).toEqual([quote.id]);
    expect(await countOutbox(second.db)).toBe(0);
  });

  it('drops a speaker deleted for good just before the crash, though the quote keeps its version', async () => {
    const db = await library();
    const name = `quire-search-crash-${db.name}`;
    const speaker = await createEntity(db, { kind: 'person', name: 'Sergei Lavrov' });
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, { ...quoteDraft(clip.id), speakerId: speaker.id });
    const first = connect(db, name);
    await first.indexer.start();
    await first.indexer.settled();

    await trashEntity(db, speaker.id);
    await emptyTrash(db);
    // The library's counts changed, so the start-up check sees it; the quote's version did not.
    const second = await crashAndRestart(db, first, name);

    expect(await ids(second.client, 'speaker:Lavrov')).toEqual([]);
    expect(await ids(second.client, 'ministers')).toEqual([clip.id, quote.id].sort());
    expect(await countOutbox(second.db)).toBe(0);
  });

  it('keeps the outbox empty once the index has a bulk import and a backup import', async () => {
    const db = await library();
    const name = `quire-search-crash-${db.name}`;
    const first = connect(db, name);
    await first.indexer.start();
    const drafts = Array.from({ length: 300 }, (_, i) => clipDraft({ title: `Dispatch ${i}`, text: `Dispatch number ${i} on verification.` }));
    await addClips(db, drafts);
    expect(await countOutbox(db)).toBe(300);
    await first.indexer.settled();
    expect(await countOutbox(db)).toBe(0);
    expect((await first.client.search('verification', { typing: false, limit: 1 })).total).toBe(300);

    const source = await library();
    await addClip(source, clipDraft({ title: 'Backup only', text: 'Telemetry from the backup.' }));
    await importLibrary(db, await exportLibrary(source, { appVersion: 'test' }), 'replace');
    // Crashed before the feeder saw the import: the one resync entry brings the index in line at start.
    const second = await crashAndRestart(db, first, name);
    expect((await second.client.search('telemetry', { typing: false })).total).toBe(1);
    expect((await second.client.search('verification', { typing: false })).total).toBe(0);
    expect(await countOutbox(second.db)).toBe(0);
  });
});
