/**
 * Keeps the search index in step with the library. Every write that changes
 * searchable content leaves an entry in the library's outbox in its own
 * transaction (db/outbox.ts); the indexer applies what the entries name and
 * deletes them once the index has stored the update. On start it replays what
 * a crash left there, and compares the library's stamp (counts and newest
 * changes per table) with the one the index recorded: equal with an empty
 * outbox means nothing to do; an empty index is rebuilt; a different stamp (or
 * an outbox asking for it) has every document rebuilt in memory and only those
 * whose version differs sent. After that, every committed write reaches the
 * index through onLibraryChange, within a debounce.
 */
import type { Clip, Entity, Id, Mention } from '../../shared/model';
import type { SearchDoc } from '../../shared/search/types';
import { onLibraryChange } from '../db/changes';
import type { LibraryChange } from '../db/changes';
import type { LibraryDb } from '../db/db';
import { drainOutbox, type OutboxEntry, readOutbox, recordOf, RESYNC_ALL_KEY, SEARCHED_TABLES, type SearchedTable } from '../db/outbox';
import type { SearchClient } from './client';
import { clipDoc, noteDoc, quoteDoc } from './documents';
import type { ClipFacts } from './documents';

const BATCH = 200;
const DEBOUNCE_MS = 150;
type Table = SearchedTable;
const TABLES: readonly Table[] = SEARCHED_TABLES;

export class LibraryIndexer {
  private pending = new Map<Table, Set<Id>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly db: LibraryDb, private readonly client: SearchClient) {}

  /** Syncs the index with the library, then follows every change. */
  async start(): Promise<void> {
    this.unsubscribe = onLibraryChange((change) => this.note(change));
    await this.enqueue(() => this.sync());
  }

  stop(): void {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Resolves when every change seen so far has reached the index. */
  async settled(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      void this.enqueue(() => this.flush());
    }
    await this.running;
  }

  /** The "Rebuild search index" command: every document from Dexie, with progress in the client's status. */
  rebuild(): Promise<void> {
    return this.enqueue(() => this.draining(async () => this.rebuildNow(await this.stamp())));
  }

  /**
   * Runs an update of the index, then deletes the outbox entries read before it:
   * the update covered them, and the index has stored it once `work` resolves
   * (a put or remove answers after the worker's transaction commits). If it
   * fails, they stay for the next flush or start.
   */
  private async draining(work: (outbox: OutboxEntry[]) => Promise<void>): Promise<void> {
    const outbox = await readOutbox(this.db);
    await work(outbox);
    await drainOutbox(this.db, outbox);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.running.then(task);
    this.running = next.catch((error: unknown) => console.error('Updating the search index failed:', error));
    return next;
  }

  private sync(): Promise<void> {
    return this.draining(async (outbox) => {
      const [stamp, status] = [await this.stamp(), await this.client.ready()];
      if (status.stamp === stamp && outbox.length === 0) return;
      if (status.docs === 0) await this.rebuildNow(stamp);
      else if (status.stamp !== stamp || outbox.some((entry) => entry.key === RESYNC_ALL_KEY)) await this.repair(stamp, outbox);
      else await this.applyChanges(changesIn(outbox));
    });
  }

  /**
   * Compares every document's version with the index's and sends what differs,
   * and the documents the outbox names: a note's text refreshed after a rename
   * keeps its version.
   */
  private async repair(stamp: string, outbox: readonly OutboxEntry[]): Promise<void> {
    const indexed = await this.client.manifest();
    const named = new Set(outbox.flatMap((entry) => recordOf(entry)?.id ?? []));
    await this.forEachDoc(async (batch) => {
      const stale = batch.filter((doc) => indexed.get(doc.id) !== doc.version || named.has(doc.id));
      for (const doc of batch) indexed.delete(doc.id);
      if (stale.length > 0) await this.client.put(stale);
    });
    await this.client.remove([...indexed.keys()], stamp);
  }

  private async rebuildNow(stamp: string): Promise<void> {
    const total = await this.db.clips.count() + await this.db.quotes.count() + await this.db.notes.count();
    await this.client.rebuildStart(total);
    await this.forEachDoc(async (batch) => {
      await this.client.put(batch);
    });
    await this.client.rebuildFinish(stamp);
  }

  /**
   * Counts of every table the documents come from, and the newest change of the
   * two with an updatedAt index (clips, notes): cheap enough to take after every
   * flush. It misses an edit to an existing quote, entity or mention; the outbox
   * is what catches one lost in a crash between commit and flush.
   */
  private async stamp(): Promise<string> {
    const parts: string[] = [];
    for (const table of TABLES) parts.push(`${table}:${await this.db.table(table).count()}`);
    for (const table of ['clips', 'notes'] as const) {
      const newest = (await this.db.table(table).orderBy('updatedAt').last()) as { updatedAt: number } | undefined;
      parts.push(`${table}@${newest?.updatedAt ?? 0}`);
    }
    return parts.join('|');
  }

  /** Builds every live document, a batch at a time. */
  private async forEachDoc(send: (batch: SearchDoc[]) => Promise<void>): Promise<void> {
    const entities = new Map((await this.db.entities.toArray()).map((e): [Id, Entity] => [e.id, e]));
    const lookup = (id: Id) => entities.get(id);
    const mentions = new Map<Id, Mention[]>();
    for (const mention of await this.db.mentions.toArray()) mentions.set(mention.clipId, [...(mentions.get(mention.clipId) ?? []), mention]);
    const clips = new Map<Id, ClipFacts>();
    let batch: SearchDoc[] = [];
    const push = async (doc: SearchDoc) => {
      batch.push(doc);
      if (batch.length < BATCH) return;
      const full = batch;
      batch = [];
      await send(full);
    };
    const live: Clip[] = [];
    await this.db.clips.each((clip) => {
      clips.set(clip.id, factsOf(clip));
      if (clip.deletedAt === null) live.push(clip);
    });
    for (const clip of live) await push(clipDoc(clip, mentions.get(clip.id) ?? [], lookup));
    for (const quote of await this.db.quotes.filter((q) => q.deletedAt === null).toArray()) {
      const clip = clips.get(quote.clipId);
      await push(quoteDoc(quote, clip?.deletedAt === null ? clip : undefined, lookup));
    }
    for (const note of await this.db.notes.filter((n) => n.deletedAt === null).toArray()) await push(noteDoc(note, lookup));
    if (batch.length > 0) await send(batch);
  }

  private note(change: LibraryChange): void {
    if (change.db !== this.db.name || !TABLES.includes(change.table as Table)) return;
    for (const id of change.ids) addTo(this.pending, change.table as Table, id);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueue(() => this.flush());
    }, DEBOUNCE_MS);
  }

  /**
   * Rebuilds the documents that the pending changes and the outbox name: the
   * outbox also holds what an earlier flush failed to store, and what another
   * window wrote; a resync entry (a backup import) has the whole index checked.
   */
  private flush(): Promise<void> {
    const pending = this.pending;
    this.pending = new Map();
    return this.draining(async (outbox) => {
      if (outbox.some((entry) => entry.key === RESYNC_ALL_KEY)) return this.repair(await this.stamp(), outbox);
      const changes = changesIn(outbox);
      for (const [table, ids] of pending) for (const id of ids) addTo(changes, table, id);
      return this.applyChanges(changes);
    });
  }

  /** Rebuilds the documents these records feed. */
  private async applyChanges(pending: Map<Table, Set<Id>>): Promise<void> {
    const clipIds = new Set(pending.get('clips'));
    const quoteIds = new Set(pending.get('quotes'));
    const noteIds = new Set(pending.get('notes'));
    for (const id of pending.get('mentions') ?? []) {
      const mention = await this.db.mentions.get(id);
      if (mention) clipIds.add(mention.clipId);
    }
    for (const entityId of pending.get('entities') ?? []) {
      for (const id of await this.client.idsWithEntity(entityId)) {
        if (await this.db.clips.get(id)) clipIds.add(id);
        else if (await this.db.quotes.get(id)) quoteIds.add(id);
        else noteIds.add(id);
      }
    }
    for (const clipId of clipIds) for (const quote of await this.db.quotes.where('clipId').equals(clipId).toArray()) quoteIds.add(quote.id);
    await this.apply(clipIds, quoteIds, noteIds);
  }

  private async apply(clipIds: Set<Id>, quoteIds: Set<Id>, noteIds: Set<Id>): Promise<void> {
    const entities = new Map<Id, Entity | undefined>();
    const lookup = (id: Id) => entities.get(id);
    const load = async (ids: Iterable<Id>) => {
      for (const id of ids) {
        let entity = entities.has(id) ? entities.get(id) : await this.db.entities.get(id);
        entities.set(id, entity);
        // Follow merges so survivingEntity finds the survivor.
        while (entity?.mergedInto && !entities.has(entity.mergedInto)) {
          entity = await this.db.entities.get(entity.mergedInto);
          if (entity) entities.set(entity.id, entity);
        }
      }
    };
    const put: SearchDoc[] = [];
    const removed: Id[] = [];
    for (const id of clipIds) {
      const clip = await this.db.clips.get(id);
      if (!clip || clip.deletedAt !== null) { removed.push(id); continue; }
      const mentions = await this.db.mentions.where('clipId').equals(id).toArray();
      await load(mentions.map((m) => m.entityId));
      put.push(clipDoc(clip, mentions, lookup));
    }
    for (const id of quoteIds) {
      const quote = await this.db.quotes.get(id);
      if (!quote || quote.deletedAt !== null) { removed.push(id); continue; }
      const clip = await this.db.clips.get(quote.clipId);
      await load([...(quote.speakerId ? [quote.speakerId] : []), ...quote.entityIds]);
      put.push(quoteDoc(quote, clip && clip.deletedAt === null ? factsOf(clip) : undefined, lookup));
    }
    for (const id of noteIds) {
      const note = await this.db.notes.get(id);
      if (!note || note.deletedAt !== null) { removed.push(id); continue; }
      await load(note.entityIds);
      put.push(noteDoc(note, lookup));
    }
    const stamp = await this.stamp();
    if (put.length > 0) await this.client.put(put, removed.length === 0 ? stamp : undefined);
    if (removed.length > 0) await this.client.remove(removed, stamp);
  }
}

function addTo(changes: Map<Table, Set<Id>>, table: Table, id: Id): void {
  const ids = changes.get(table) ?? new Set<Id>();
  ids.add(id);
  changes.set(table, ids);
}

/** The records the outbox names, per table (a resync entry names none). */
function changesIn(outbox: readonly OutboxEntry[]): Map<Table, Set<Id>> {
  const changes = new Map<Table, Set<Id>>();
  for (const entry of outbox) {
    const record = recordOf(entry);
    if (record) addTo(changes, record.table, record.id);
  }
  return changes;
}

function factsOf(clip: Clip): ClipFacts {
  return { id: clip.id, title: clip.title, publishedAt: clip.publishedAt, siteName: clip.siteName, updatedAt: clip.updatedAt, deletedAt: clip.deletedAt };
}
