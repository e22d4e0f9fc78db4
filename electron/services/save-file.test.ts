import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseShellArgs } from '../../shared/shell';
import { createShellServices, dispatch } from './handlers';
import type { SaveDialogOptions, SaveDialogResult } from './save-file';
import { saveFile } from './save-file';

let dir: string;
let downloads: string;
let elsewhere: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quire-save-'));
  downloads = join(dir, 'Downloads');
  elsewhere = join(dir, 'Elsewhere');
  await Promise.all([mkdir(downloads), mkdir(elsewhere)]);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A save dialog that records what it was asked and answers as the user did. */
function dialog(answer: (options: SaveDialogOptions) => SaveDialogResult) {
  const asked: SaveDialogOptions[] = [];
  return {
    asked,
    showSaveDialog: async (options: SaveDialogOptions) => {
      asked.push(options);
      return answer(options);
    },
  };
}

const bytes = new TextEncoder().encode('@online{putin2019ready,\n}\n');
const filters = [{ name: 'BibTeX', extensions: ['bib'] }];

async function allFiles(): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('file:save', () => {
  it('writes the bytes exactly where the user picked, after suggesting the name in Downloads', async () => {
    const picked = join(elsewhere, 'my refs.bib');
    const d = dialog(() => ({ canceled: false, filePath: picked }));
    const outcome = await saveFile({ suggestedName: 'putin.bib', filters, bytes }, { ...d, defaultDirectory: downloads });
    expect(outcome).toEqual({ saved: true, path: picked });
    expect(d.asked).toEqual([{ title: 'Export', defaultPath: join(downloads, 'putin.bib'), filters }]);
    expect(new Uint8Array(await readFile(picked))).toEqual(bytes);
    expect(await allFiles()).toEqual([picked]);
  });

  it('writes nothing at all when the user cancels', async () => {
    const d = dialog(() => ({ canceled: true, filePath: '' }));
    const outcome = await saveFile({ suggestedName: 'putin.bib', filters, bytes }, { ...d, defaultDirectory: downloads });
    expect(outcome).toEqual({ saved: false });
    expect(await allFiles()).toEqual([]);
  });

  it('refuses a suggested name that carries a path, before any dialog opens', async () => {
    const d = dialog(() => ({ canceled: false, filePath: join(elsewhere, 'x.bib') }));
    const services = createShellServices({ appInfo: () => expect.unreachable(), saveFile: { ...d, defaultDirectory: downloads } });
    for (const suggestedName of ['../../.bashrc', '/etc/passwd', 'C:\\Windows\\x.bib', 'a/b.bib', '..', ' x.bib', 'con.bib.']) {
      const outcome = await dispatch(services, 'file:save', { suggestedName, filters, bytes });
      expect(outcome, suggestedName).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    }
    expect(d.asked).toEqual([]);
    expect(await allFiles()).toEqual([]);
  });

  it('gives the renderer no way to name the path: extra fields are refused', () => {
    expect(() => parseShellArgs('file:save', { suggestedName: 'a.bib', filters, bytes, path: join(elsewhere, 'a.bib') })).toThrow(/unrecognized|key/i);
    expect(() => parseShellArgs('file:save', { suggestedName: 'a.bib', filters, bytes: 'not bytes' })).toThrow('The file contents must be bytes.');
    expect(() => parseShellArgs('file:save', { suggestedName: 'a.bib', filters: [{ name: 'x', extensions: ['.bib'] }], bytes })).toThrow(
      'without the dot',
    );
  });

  it('serves the verb through dispatch, and says it is unavailable where there is no dialog', async () => {
    const picked = join(elsewhere, 'notes.md');
    const d = dialog(() => ({ canceled: false, filePath: picked }));
    const desktop = createShellServices({ appInfo: () => expect.unreachable(), saveFile: { ...d, defaultDirectory: downloads } });
    expect(await dispatch(desktop, 'file:save', { suggestedName: 'notes.md', filters: [], bytes })).toEqual({ ok: true, value: { saved: true, path: picked } });
    const web = createShellServices({ appInfo: () => expect.unreachable() });
    expect(await dispatch(web, 'file:save', { suggestedName: 'notes.md', filters: [], bytes })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('reports a folder it cannot write to in words, without the path', async () => {
    const picked = join(dir, 'missing-folder', 'x.bib');
    const d = dialog(() => ({ canceled: false, filePath: picked }));
    const services = createShellServices({ appInfo: () => expect.unreachable(), saveFile: { ...d, defaultDirectory: downloads } });
    const outcome = await dispatch(services, 'file:save', { suggestedName: 'x.bib', filters, bytes });
    expect(outcome).toEqual({ ok: false, error: { code: 'internal', message: 'The file could not be written. Nothing was saved; try another folder.' } });
  });

  it('refuses a relative path from the dialog rather than writing beside the app', async () => {
    const d = dialog(() => ({ canceled: false, filePath: 'relative.bib' }));
    await expect(saveFile({ suggestedName: 'x.bib', filters, bytes }, { ...d, defaultDirectory: downloads })).rejects.toThrow('cannot use');
    expect(await allFiles()).toEqual([]);
  });
});
