import { publishChanges } from '../changes';
import { LIBRARY_TABLES, type LibraryDb, type LibraryTable } from '../db';
import { reportStorageError, StorageWriteError } from '../durability';
import { toStored } from '../entities';
import { recordResyncAll } from '../outbox';
import { checkBackupAssets } from './asset-check';
import { cleanClipRecords } from './clean-records';
import { type BackupContents, parseBackup, type ParsedBackup } from './parse';

export type ImportMode = 'replace' | 'merge';
export type ImportResult = {
  mode: ImportMode;
  /** Records written per table (for merge: those new or newer than the library's). */
  written: Record<LibraryTable, number>;
  /** Merge only: records kept because the library's copy was as new or newer. */
  kept: Record<LibraryTable, number>;
  /** Assets left out because their bytes are not an image (their records stay, as images that failed), by source. */
  refusedAssets: string[];
};

type Row = { updatedAt: number };
/**
 * Records handed to IndexedDB at a time. Each batch is copied into the database on this
 * thread in one go: one bulkAdd of every clip froze the window for most of a second at
 * 3,000 clips, while batches let it paint and take input in between, in the same transaction.
 */
const WRITE_BATCH = 250;
const keyOf = (table: LibraryTable, row: unknown): string => (table === 'settings' ? (row as { key: string }).key : (row as { id: string }).id);

function storedRows(tables: BackupContents, table: LibraryTable): Row[] {
  return table === 'entities' ? tables.entities.map(toStored) : (tables[table] as Row[]);
}

/**
 * Imports a `.quire` file: everything is parsed and checked first (parseBackup), then
 * written in one transaction, so the library is either fully imported or untouched.
 * The window parses in a worker instead (off-thread.ts) and writes with {@link importParsed}.
 */
export async function importLibrary(db: LibraryDb, bytes: Uint8Array, mode: ImportMode): Promise<ImportResult> {
  return importParsed(db, await parseBackup(bytes), mode);
}

/**
 * Writes a parsed and checked backup in one transaction. `replace` swaps the whole library
 * for the backup; `merge` keeps, per record, whichever copy was updated last (the library's on a tie).
 */
export async function importParsed(db: LibraryDb, parsed: ParsedBackup, mode: ImportMode): Promise<ImportResult> {
  // Images are checked (SVG sanitized, non-images left out) and clips sanitized on this thread, before the
  // transaction (which would not outlive the sanitizer's turns back to the window): the backup worker has no DOM.
  const { assets, refused } = await checkBackupAssets(parsed.tables.assets);
  const tables = await cleanClipRecords({ ...parsed.tables, assets });
  const zero = () => Object.fromEntries(LIBRARY_TABLES.map((t) => [t, 0])) as Record<LibraryTable, number>;
  const result: ImportResult = { mode, written: zero(), kept: zero(), refusedAssets: refused };
  const changes = new Map<LibraryTable, Set<string>>();
  try {
    await db.transaction('rw', [...LIBRARY_TABLES, 'outbox'], async () => {
      for (const table of LIBRARY_TABLES) {
        const rows = storedRows(tables, table);
        const store = db.table(table);
        const touched = new Set<string>();
        if (mode === 'replace') {
          for (const key of (await store.toCollection().primaryKeys()) as string[]) touched.add(key);
          await store.clear();
        }
        for (let at = 0; at < rows.length; at += WRITE_BATCH) {
          const batch = rows.slice(at, at + WRITE_BATCH);
          let written = batch;
          if (mode === 'replace') {
            await store.bulkAdd(batch);
          } else {
            const existing = (await store.bulkGet(batch.map((r) => keyOf(table, r)))) as (Row | undefined)[];
            written = batch.filter((row, i) => !existing[i] || row.updatedAt > existing[i]!.updatedAt);
            await store.bulkPut(written);
            result.kept[table] += batch.length - written.length;
          }
          result.written[table] += written.length;
          for (const row of written) touched.add(keyOf(table, row));
        }
        changes.set(table, touched);
      }
      // One entry, not one per record: the index checks itself against the whole library instead.
      await recordResyncAll(db);
    });
  } catch (error) {
    throw new StorageWriteError(reportStorageError(error, 'the imported library'));
  }
  publishChanges(db.name, changes);
  return result;
}
