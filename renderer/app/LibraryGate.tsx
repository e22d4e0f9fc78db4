import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { OpenFailure, openLibrary } from '../db/db';
import { setLibrary } from '../db/library';
import { RestoreIntoNewLibrary } from './RestoreIntoNewLibrary';
import { activeLibraryName } from './library-name';
import type { LibraryDb } from '../db/db';

type GateState =
  | { phase: 'opening' }
  | { phase: 'open'; db: LibraryDb }
  | { phase: 'failed'; failure: OpenFailure }
  | { phase: 'closed-by-upgrade' };

type LibraryGateProps = { children: ReactNode; onOpen?: (db: LibraryDb) => Promise<void> };

/**
 * Opens the library before any screen reads it. A library that will not open is
 * never deleted: the user can retry or restore a backup into a fresh one.
 */
export function LibraryGate({ children, onOpen }: LibraryGateProps) {
  const [state, setState] = useState<GateState>({ phase: 'opening' });

  const open = useCallback(async () => {
    setState({ phase: 'opening' });
    try {
      const db = await openLibrary(activeLibraryName(), {
        onVersionChange: () => setState({ phase: 'closed-by-upgrade' }),
      });
      setLibrary(db);
      await onOpen?.(db);
      setState({ phase: 'open', db });
    } catch (error) {
      const failure = error instanceof OpenFailure ? error : new OpenFailure('unknown', String(error), error);
      console.error('The library did not open', failure.cause ?? failure);
      setState({ phase: 'failed', failure });
    }
  }, [onOpen]);

  // Once per window: StrictMode runs effects twice, and a second connection would linger.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void open();
  }, [open]);

  switch (state.phase) {
    case 'opening':
      return <p className="gate-message">Opening your library…</p>;
    case 'open':
      return <>{children}</>;
    case 'closed-by-upgrade':
      return (
        <section className="gate-panel" role="alert">
          <h1>Quire was updated in another window</h1>
          <p>This window let go of the library so the update could finish. Your saved work is safe.</p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload this window
          </button>
        </section>
      );
    case 'failed':
      return (
        <section className="gate-panel" role="alert">
          <h1>Your library could not be opened</h1>
          <p>{state.failure.message}</p>
          <p className="muted">Quire has not deleted or changed anything.</p>
          <div className="gate-actions">
            <button type="button" onClick={() => void open()}>
              Try again
            </button>
            <RestoreIntoNewLibrary onRestored={() => void open()} />
          </div>
        </section>
      );
  }
}
