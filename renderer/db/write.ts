import { publishChanges } from './changes';
import type { LibraryDb, LibraryTable } from './db';
import { reportStorageError, StorageWriteError } from './durability';
import { feedsSearch, recordInOutbox } from './outbox';

/** The ids a write touched, per table; published only once the transaction commits. */
export type ChangeSet = { touch(table: LibraryTable, ...ids: string[]): void };

/** A rule of the library was broken by the caller (a quote for a trashed clip...): the message is for the user. */
export class LibraryRuleError extends Error {
  override readonly name = 'LibraryRuleError';
}

/**
 * Every repository write goes through here: one read-write transaction over `tables`,
 * the touched records queued for the search index in that same transaction (outbox.ts:
 * a crash after the commit cannot lose them), the change feed after commit, and a failed
 * write classified and reported (`what` names what was not saved). A rule error is the
 * caller's, not storage's: rethrown as is.
 */
export async function write<T>(
  db: LibraryDb,
  what: string,
  tables: LibraryTable[],
  body: (changes: ChangeSet) => Promise<T>,
): Promise<T> {
  const changes = new Map<LibraryTable, Set<string>>();
  const changeSet: ChangeSet = {
    touch(table, ...ids) {
      const set = changes.get(table) ?? new Set<string>();
      for (const id of ids) set.add(id);
      changes.set(table, set);
    },
  };
  let result: T;
  try {
    const searched = feedsSearch(tables);
    result = await db.transaction('rw', searched ? [...tables, 'outbox'] : tables, async () => {
      const value = await body(changeSet);
      if (searched) await recordInOutbox(db, changes);
      return value;
    });
  } catch (error) {
    if (error instanceof LibraryRuleError) throw error;
    throw new StorageWriteError(reportStorageError(error, what));
  }
  publishChanges(db.name, changes);
  return result;
}
