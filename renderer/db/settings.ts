import type { LibraryDb } from './db';
import { write } from './write';

export async function getSetting<T>(db: LibraryDb, key: string, fallback: T): Promise<T> {
  const setting = await db.settings.get(key);
  return setting === undefined ? fallback : (setting.value as T);
}

export async function setSetting(db: LibraryDb, key: string, value: unknown): Promise<void> {
  await write(db, 'the setting', ['settings'], async (changes) => {
    await db.settings.put({ key, value, updatedAt: db.now() });
    changes.touch('settings', key);
  });
}

/** Device-local facts (schema version, last backup): not part of a backup, not in the change feed. */
export async function getMeta<T>(db: LibraryDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: LibraryDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
