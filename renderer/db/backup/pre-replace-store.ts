import Dexie, { type Table } from 'dexie';

/**
 * The browser's copy of a library from just before it was last replaced, so "Undo replace"
 * works where there is no backups folder (the desktop keeps that copy as a file instead).
 * It lives in a database of its own: a replace clears the library's tables, never this.
 */
export type PreReplaceCopy = { library: string; keptAt: number; size: number; bytes: Blob };
export type PreReplaceInfo = Omit<PreReplaceCopy, 'bytes' | 'library'>;

const DATABASE = 'quire-before-replace';

class PreReplaceDb extends Dexie {
  copies!: Table<PreReplaceCopy, string>;
  constructor() {
    super(DATABASE);
    this.version(1).stores({ copies: 'library' });
  }
}

/** One short-lived connection per call: never left open to stand in the way of a delete or upgrade. */
async function withStore<T>(work: (db: PreReplaceDb) => Promise<T>): Promise<T> {
  const db = new PreReplaceDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Keeps `bytes` (a `.quire` file of the library) as its one pre-replace copy, replacing the one before. */
export function keepPreReplaceCopy(library: string, bytes: Uint8Array, keptAt: number): Promise<void> {
  const copy: PreReplaceCopy = { library, keptAt, size: bytes.length, bytes: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
  return withStore(async (db) => void (await db.copies.put(copy)));
}

export function preReplaceInfo(library: string): Promise<PreReplaceInfo | null> {
  return withStore(async (db) => {
    const copy = await db.copies.get(library);
    return copy ? { keptAt: copy.keptAt, size: copy.size } : null;
  });
}

export function readPreReplaceCopy(library: string): Promise<Uint8Array | null> {
  return withStore(async (db) => {
    const copy = await db.copies.get(library);
    return copy ? new Uint8Array(await copy.bytes.arrayBuffer()) : null;
  });
}
