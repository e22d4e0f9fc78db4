import { createContext, use, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { onLibraryChange } from '../../db/changes';
import { openLibrary } from '../../db/db';
import type { LibraryDb, LibraryTable } from '../../db/db';
import { prepareLibrary } from '../demo/first-run';

/**
 * The library the screens read and write. Tests provide a fresh one; the app
 * opens the user's once, seeded on first run (gazetteer, demo) before any screen reads it.
 */
const LibraryDbContext = createContext<LibraryDb | null>(null);

let appLibrary: Promise<LibraryDb> | null = null;

function openAppLibrary(): Promise<LibraryDb> {
  appLibrary ??= openLibrary('quire').then(async (db) => {
    await prepareLibrary(db).catch((error: unknown) => console.error('Preparing the library failed:', error));
    return db;
  });
  return appLibrary;
}

export function LibraryDbProvider({ db, children }: { db: LibraryDb; children: ReactNode }) {
  return <LibraryDbContext value={db}>{children}</LibraryDbContext>;
}

/** Suspends until the library is open. */
export function useLibraryDb(): LibraryDb {
  const provided = useContext(LibraryDbContext);
  if (provided) return provided;
  return use(openAppLibrary());
}

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Runs `load` and runs it again after any committed write to one of `tables`
 * (this window or another): a live query through the repositories.
 */
export function useLive<T>(load: (db: LibraryDb) => Promise<T>, deps: readonly unknown[], tables: readonly LibraryTable[]): Live<T> {
  const db = useLibraryDb();
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let generation = 0;
    const run = () => {
      const mine = ++generation;
      load(db).then(
        (value) => live && mine === generation && setState({ status: 'ready', value }),
        (error: unknown) => live && mine === generation && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    };
    run();
    const off = onLibraryChange((change) => {
      if (change.db === db.name && tables.includes(change.table)) run();
    });
    return () => {
      live = false;
      off();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is rebuilt each render; deps say when it changes
  }, [db, ...deps]);
  return state;
}

/** The value once loaded, else `fallback` (for lists that may render empty while loading). */
export function liveValue<T>(live: Live<T>, fallback: T): T {
  return live.status === 'ready' ? live.value : fallback;
}
