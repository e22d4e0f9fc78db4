/**
 * The search outbox: which records' searchable content changed and has not yet
 * reached the search index durably. `write()` (write.ts) and the backup import
 * add entries in the same transaction as the records; the indexer reads them,
 * applies them, and deletes exactly the entries it read once the index has
 * stored the update. Whatever a crash leaves here is replayed at the next start,
 * so the index never disagrees with the library unnoticed.
 *
 * One entry per record (key `table:id`), so the outbox never holds more entries
 * than the library has records, however long the index is away. Each write
 * stamps its entries with a fresh token: a drain deletes an entry only if no
 * later write replaced it meanwhile.
 */
import { newId } from '../../shared/ids';
import type { LibraryDb, LibraryTable } from './db';
import { RESYNC_ALL_KEY } from './migrations/0003-search-outbox';

/** The tables search documents are built from (mentions name a clip's entities). */
export const SEARCHED_TABLES = ['clips', 'quotes', 'notes', 'entities', 'mentions'] as const;
export type SearchedTable = (typeof SEARCHED_TABLES)[number];

/**
 * `key` is `table:id`, or {@link RESYNC_ALL_KEY} for a change too wide to list (a
 * backup import, the upgrade to v3): the index is then checked against the whole
 * library. Just two fields: a bulk import writes one per record, and the
 * entry's size showed in addClips' time (see the commit that slimmed it).
 */
export type OutboxEntry = { key: string; token: string };

/** The record an entry names; null for a resync entry. */
export function recordOf(entry: OutboxEntry): { table: SearchedTable; id: string } | null {
  const colon = entry.key.indexOf(':');
  const table = entry.key.slice(0, colon);
  if (colon < 0 || !(SEARCHED_TABLES as readonly string[]).includes(table)) return null;
  return { table: table as SearchedTable, id: entry.key.slice(colon + 1) };
}

export const isSearched = (table: LibraryTable): table is SearchedTable => (SEARCHED_TABLES as readonly string[]).includes(table);

/** True when any of a write's tables feeds search: then its transaction must include the outbox. */
export const feedsSearch = (tables: readonly LibraryTable[]): boolean => tables.some(isSearched);

/** Queues the changed records for the index; call inside the transaction that changed them (it must include `outbox`). */
export async function recordInOutbox(db: LibraryDb, changes: ReadonlyMap<LibraryTable, ReadonlySet<string>>): Promise<void> {
  const token = newId();
  const entries: OutboxEntry[] = [];
  for (const [table, ids] of changes) {
    if (!isSearched(table)) continue;
    for (const id of ids) entries.push({ key: `${table}:${id}`, token });
  }
  if (entries.length > 0) await db.outbox.bulkPut(entries);
}

/** Asks for a full check of the index; call inside the transaction of the wide change. */
export async function recordResyncAll(db: LibraryDb): Promise<void> {
  await db.outbox.put({ key: RESYNC_ALL_KEY, token: newId() });
}

export function readOutbox(db: LibraryDb): Promise<OutboxEntry[]> {
  return db.outbox.toArray();
}

export function countOutbox(db: LibraryDb): Promise<number> {
  return db.outbox.count();
}

/**
 * Deletes the entries the index has durably applied: those read before applying,
 * unless a write since replaced them (a new token), which must be applied again.
 */
export async function drainOutbox(db: LibraryDb, applied: readonly OutboxEntry[]): Promise<void> {
  if (applied.length === 0) return;
  await db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.bulkGet(applied.map((entry) => entry.key));
    const done = applied.filter((entry, i) => current[i]?.token === entry.token).map((entry) => entry.key);
    await db.outbox.bulkDelete(done);
  });
}

export { RESYNC_ALL_KEY };
