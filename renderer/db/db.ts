import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Asset, Clip, Entity, Mention, Note, Quote, Setting } from '../../shared/model';
import { CURRENT_VERSION, MIGRATIONS } from './migrations';
import type { OutboxEntry } from './outbox';

/** An entity as stored: with its folded name and aliases, indexed for lookup (see migrations/0002). */
export type StoredEntity = Entity & { aliasKeys: string[] };
export type MetaEntry = { key: string; value: unknown };

export const LIBRARY_TABLES = ['clips', 'assets', 'entities', 'quotes', 'mentions', 'notes', 'settings'] as const;
export type LibraryTable = (typeof LIBRARY_TABLES)[number];

export type LibraryEvents = {
  /**
   * Another window wants to upgrade the schema. The connection stays open until the returned
   * promise settles (at most {@link FLUSH_BEFORE_CLOSE_MS}), so unsaved work can be written
   * first; then it closes and the UI asks the user to reload.
   */
  onVersionChange?: () => void | Promise<void>;
  /** Our upgrade waits for another window to close its connection. */
  onBlocked?: () => void;
};

/** How long another window's upgrade waits for this one to save its unsaved work. */
export const FLUSH_BEFORE_CLOSE_MS = 3_000;

export type OpenOptions = LibraryEvents & {
  /** The IndexedDB to use (tests pass fake-indexeddb's); defaults to the page's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** The clock for createdAt / updatedAt / deletedAt; tests pin it. */
  now?: () => number;
};

export class LibraryDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  assets!: EntityTable<Asset, 'id'>;
  entities!: EntityTable<StoredEntity, 'id'>;
  quotes!: EntityTable<Quote, 'id'>;
  mentions!: EntityTable<Mention, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  settings!: Table<Setting, string>;
  meta!: Table<MetaEntry, string>;
  /** Changes not yet durably in the search index (outbox.ts); not part of the library, so never backed up. */
  outbox!: Table<OutboxEntry, string>;
  readonly now: () => number;

  constructor(name: string, options: OpenOptions = {}, upToVersion = CURRENT_VERSION) {
    super(name, {
      chromeTransactionDurability: 'strict',
      autoOpen: false,
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.now = options.now ?? Date.now;
    for (const migration of MIGRATIONS) {
      if (migration.version > upToVersion) break;
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}

export type OpenFailureReason = 'newer-version' | 'unavailable' | 'blocked' | 'unknown';

/** The library could not be opened. It is never deleted for that: the UI offers "Restore a backup" and a retry. */
export class OpenFailure extends Error {
  override readonly name = 'OpenFailure';
  constructor(
    readonly reason: OpenFailureReason,
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/**
 * Dexie 4 opens a newer database without complaint (native version = Dexie version x 10);
 * an older Quire must not write into a schema it does not know.
 */
class NewerSchemaError extends Error {
  override readonly name = 'VersionError';
}

function openFailureOf(error: unknown): OpenFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'VersionError' || inner === 'VersionError') {
    return new OpenFailure('newer-version', 'This library was saved by a newer version of Quire. Update Quire, or restore a backup.', error);
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return new OpenFailure('unavailable', 'This window cannot use local storage (private mode or storage disabled). Your library was not touched.', error);
  }
  if (name === 'DatabaseClosedError' && /blocked/i.test(String((error as Error).message))) {
    return new OpenFailure('blocked', 'Another Quire window is holding the library open. Close it and try again.', error);
  }
  return new OpenFailure('unknown', `The library could not be opened (${name || 'unknown error'}). Nothing was deleted; you can retry or restore a backup.`, error);
}

/**
 * Opens (and upgrades) the library. Throws {@link OpenFailure}, never deletes a database it cannot open.
 * `name` is injectable so tests each get a fresh database.
 */
export async function openLibrary(name = 'quire', options: OpenOptions = {}): Promise<LibraryDb> {
  const db = new LibraryDb(name, options);
  db.on('versionchange', () => {
    const flushed = Promise.resolve().then(() => options.onVersionChange?.());
    const deadline = new Promise((resolve) => setTimeout(resolve, FLUSH_BEFORE_CLOSE_MS));
    void Promise.race([flushed, deadline])
      .catch((error: unknown) => console.error('Flushing before the upgrade failed', error))
      .finally(() => db.close());
    return false;
  });
  db.on('blocked', () => options.onBlocked?.());
  try {
    await db.open();
    if (Math.floor(db.backendDB().version / 10) > CURRENT_VERSION) throw new NewerSchemaError();
    await db.meta.put({ key: 'schema', value: { version: CURRENT_VERSION, openedAt: db.now() } });
  } catch (error) {
    db.close();
    throw openFailureOf(error);
  }
  return db;
}
