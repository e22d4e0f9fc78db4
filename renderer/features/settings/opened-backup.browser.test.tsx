import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShellArgs, ShellChannel, ShellEvents, ShellResult } from '../../../shared/shell';
import { exportLibrary } from '../../db/backup/export';
import { addClip, listClips } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { setLibrary } from '../../db/library';
import { clipDraft, freshLibrary } from '../../db/testing';
import { ShellProvider } from '../../shell';
import type { Shell } from '../../shell';
import { BackupSection } from './BackupSection';
import { takeOpenedBackup } from './opened-backup';

/** A desktop shell whose OS has handed over one .quire file. */
function desktopShellWith(file: { name: string; bytes: Uint8Array }): Shell {
  let waiting: typeof file | null = file;
  return {
    kind: 'desktop',
    async invoke<K extends ShellChannel>(channel: K, _args: ShellArgs<K>): Promise<ShellResult<K>> {
      if (channel !== 'backup:take-opened') throw new Error(`unexpected ${channel}`);
      const taken = waiting;
      waiting = null;
      return taken as ShellResult<K>;
    },
    on: <E extends keyof ShellEvents>(_event: E, _listener: (payload: ShellEvents[E]) => void) => () => undefined,
  };
}

describe('a .quire file opened with Quire from the OS', () => {
  let db: LibraryDb | null = null;
  afterEach(() => {
    db?.close();
    setLibrary(null);
    document.body.replaceChildren();
  });

  it('is offered in Settings, and Merge imports it into the library', async () => {
    const source = await freshLibrary();
    await addClip(source, clipDraft({ title: 'From the other laptop' }));
    const bytes = await exportLibrary(source, { appVersion: '0.1.0' });
    source.close();

    db = await freshLibrary();
    setLibrary(db);
    const shell = desktopShellWith({ name: 'Laptop.quire', bytes });
    expect(await takeOpenedBackup(shell)).toBe(true);

    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<ShellProvider shell={shell}><BackupSection appVersion="0.1.0" /></ShellProvider>));
    const offer = host.querySelector('[aria-label="Open a backup"]');
    expect(offer?.textContent).toContain('You opened Laptop.quire');
    await act(async () => (offer!.querySelector('button') as HTMLButtonElement).click());
    for (let i = 0; i < 100 && (await listClips(db)).length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect((await listClips(db)).map((c) => c.title)).toEqual(['From the other laptop']);
    expect(host.querySelector('[aria-label="Open a backup"]')).toBeNull();
    expect(await takeOpenedBackup(shell)).toBe(false);
    root.unmount();
  });
});
