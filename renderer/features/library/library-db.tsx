import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { onLibraryChange } from '../../db/changes';
import type { LibraryDb, LibraryTable } from '../../db/db';
import { library } from '../../db/library';

/** Lets a test (or a second library view) give the screens a library of its own. */
const LibraryDbContext = createContext<LibraryDb | null>(null);

export function LibraryDbProvider({ db, children }: { db: LibraryDb; children: ReactNode }) {
  return <LibraryDbContext value={db}>{children}</LibraryDbContext>;
}

/** The library of this window: a test's, or the one the app's LibraryGate opened (and prepared) before any screen. */
export function useLibraryDb(): LibraryDb {
  return useContext(LibraryDbContext) ?? library();
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
