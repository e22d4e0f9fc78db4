/** For browser tests of whole screens: mount one over a test library, and wait for what it shows. */
import { act } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { LibraryDb } from '../db/db';
import { LibraryDbProvider } from '../features/library/library-db';
import { ShellProvider } from '../shell';
import { createHttpShell } from '../shell/http-shell';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type MountedScreen = { host: HTMLElement; unmount: () => void };

/**
 * Mounts `screen` with `db` as its library and a web shell; screens that export
 * need a shell, and these tests never call it.
 */
export async function mountScreen(db: LibraryDb, screen: ReactElement): Promise<MountedScreen> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <ShellProvider shell={createHttpShell({ token: 'unused' })}>
        <LibraryDbProvider db={db}>{screen}</LibraryDbProvider>
      </ShellProvider>,
    ),
  );
  return {
    host,
    unmount: () => {
      root.unmount();
      host.remove();
    },
  };
}

/** Polls `probe` every 25 ms for up to 5 s; fails naming `what` it waited for. */
export async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
