import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportSelection } from '../../shared/export/export-file';
import type { ShellArgs, ShellChannel, ShellResult } from '../../shared/shell';
import { freshLibrary } from '../db/testing';
import { getDemoState } from '../features/demo/demo';
import { prepareLibrary } from '../features/demo/first-run';
import type { Shell } from '../shell/shell';
import { exportToFile } from './export-actions';
import { loadExportRecords } from './library-records';
// Read through Vite (renderer/ code takes no Node built-ins); a change to the demo or the export shows here as a diff.
import expected from './testdata/demo-library.expected.md?raw';

/** A desktop shell whose save dialog "picks" a path and records what it was sent. */
function desktopShell(calls: { channel: string; args: unknown }[]): Shell {
  return {
    kind: 'desktop',
    invoke: async <K extends ShellChannel>(channel: K, args: ShellArgs<K>) => {
      calls.push({ channel, args });
      return { saved: true, path: '/home/user/Documents/notebook.md' } as ShellResult<K>;
    },
    on: () => () => {},
  };
}

describe('exporting the demo notebook of a new library', () => {
  it('writes the Markdown of the expected file: the demo note with cited quotes, then the demo clip with its quotes', async () => {
    const db = await freshLibrary();
    await prepareLibrary(db);
    const records = await loadExportRecords(db);
    const markdown = exportSelection(records, { kind: 'library' }, 'markdown', { now: Date.now() }).text;
    expect(markdown).toBe(expected);
  });

  it('sends that file to the save dialog on the desktop, as UTF-8 bytes with a Markdown filter', async () => {
    const db = await freshLibrary();
    await prepareLibrary(db);
    const state = await getDemoState(db);
    expect(state?.status).toBe('installed');
    const calls: { channel: string; args: unknown }[] = [];
    const result = await exportToFile(desktopShell(calls), db, { kind: 'library' }, 'markdown');
    expect(result).toEqual({ status: 'saved', path: '/home/user/Documents/notebook.md' });
    expect(calls).toHaveLength(1);
    const { channel, args } = calls[0]! as { channel: string; args: ShellArgs<'file:save'> };
    expect(channel).toBe('file:save');
    expect(args.suggestedName).toBe('Quire-library.md');
    expect(args.filters).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
    expect(new TextDecoder().decode(args.bytes)).toBe(expected);
  });
});
