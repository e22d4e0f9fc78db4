import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenedFiles, quirePathsIn } from './opened-files';

describe('files opened with Quire', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'quire-open-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps an opened .quire file for the UI, which takes it once', async () => {
    const file = path.join(dir, 'Library 2026-11-27.quire');
    await writeFile(file, Uint8Array.from([80, 75, 3, 4]));
    const opened = createOpenedFiles({ maxBytes: 1024 });
    expect(await opened.offer(file)).toBe(true);
    expect(opened.take()).toEqual({ name: 'Library 2026-11-27.quire', bytes: Uint8Array.from([80, 75, 3, 4]) });
    expect(opened.take()).toBeNull();
  });

  it('refuses other files, missing ones, folders and oversized ones', async () => {
    const opened = createOpenedFiles({ maxBytes: 3 });
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await writeFile(path.join(dir, 'big.quire'), 'four');
    expect(await opened.offer(path.join(dir, 'notes.txt'))).toBe(false);
    expect(await opened.offer(path.join(dir, 'missing.quire'))).toBe(false);
    expect(await opened.offer(path.join(dir, 'big.quire'))).toBe(false);
    expect(await opened.offer(dir)).toBe(false);
    expect(opened.take()).toBeNull();
  });

  it('finds .quire paths among command-line arguments, not flags or the executable', () => {
    expect(quirePathsIn(['/opt/Quire/quire', '--no-sandbox', '/home/a/b.quire', 'C:\\x\\Y.QUIRE', 'other.txt'])).toEqual(['/home/a/b.quire', 'C:\\x\\Y.QUIRE']);
  });
});
