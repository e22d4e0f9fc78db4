import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShellError } from '../../shared/shell';
import { type BackupEntry, backupsToPrune, createBackupStore, LATEST_BEFORE_RESTORE } from './backups';
import { createShellServices, dispatch } from './handlers';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 10, 1, 9, 0, 0);

let dir: string;
let clock: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quire-backups-'));
  clock = START;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const store = () => createBackupStore({ dir, now: () => clock });
const bytes = (n: number) => new Uint8Array(n).fill(7);

describe('backup store', () => {
  it('saves, lists newest first with date and size, and reads back the same bytes', async () => {
    const backups = store();
    const first = await backups.save(bytes(10), 'auto');
    clock += HOUR;
    const second = await backups.save(new Uint8Array([1, 2, 3]), 'manual');
    expect(first.name).toBe('quire-auto-20261101T090000000Z.quire');
    expect(await backups.list()).toEqual([
      { name: second.name, reason: 'manual', createdAt: START + HOUR, size: 3 },
      { name: first.name, reason: 'auto', createdAt: START, size: 10 },
    ]);
    expect(await backups.read(second.name)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(dir)).not.toContain(expect.stringMatching(/partial/));
  });

  it('gives two backups in the same millisecond different names', async () => {
    const backups = store();
    const a = await backups.save(bytes(1), 'manual');
    const b = await backups.save(bytes(2), 'manual');
    expect(a.name).not.toBe(b.name);
    expect((await backups.list()).length).toBe(2);
  });

  it('keeps the last 3 automatic backups and one a day for 7 days, pruning the rest', async () => {
    const backups = store();
    // Every 6 hours for 10 days: 40 automatic backups.
    for (let i = 0; i < 40; i += 1) {
      clock = START + i * 6 * HOUR;
      await backups.save(bytes(i + 1), 'auto');
    }
    const kept = (await backups.list()).map((e) => new Date(e.createdAt).toISOString());
    expect(kept).toEqual([
      '2026-11-11T03:00:00.000Z', '2026-11-10T21:00:00.000Z', '2026-11-10T15:00:00.000Z', // the last three
      '2026-11-09T21:00:00.000Z', '2026-11-08T21:00:00.000Z', '2026-11-07T21:00:00.000Z',
      '2026-11-06T21:00:00.000Z', '2026-11-05T21:00:00.000Z', // the newest of each earlier day, 7 days with today
    ]);
  });

  it('never prunes manual backups or the latest-before-restore copy, which is overwritten', async () => {
    const backups = store();
    await backups.save(bytes(1), 'manual');
    await backups.save(bytes(5), 'before-restore');
    clock += 30 * DAY;
    await backups.save(bytes(6), 'before-restore');
    for (let i = 0; i < 5; i += 1) {
      clock += HOUR;
      await backups.save(bytes(2), 'auto');
    }
    const list = await backups.list();
    expect(list.filter((e) => e.reason === 'manual')).toHaveLength(1);
    expect(list.filter((e) => e.reason === 'auto')).toHaveLength(3);
    expect(list.filter((e) => e.reason === 'before-restore')).toEqual([expect.objectContaining({ name: LATEST_BEFORE_RESTORE, size: 6 })]);
  });

  it('refuses to read anything but its own backups', async () => {
    const backups = store();
    await writeFile(join(dir, 'notes.txt'), 'secret');
    expect(await backups.list()).toEqual([]);
    for (const name of ['notes.txt', '../etc/passwd', 'quire-auto-20261101T090000000Z.quire/../../x']) {
      await expect(backups.read(name)).rejects.toThrow(ShellError);
    }
    await expect(backups.read('quire-auto-20261101T090000000Z.quire')).rejects.toThrow(/no longer in the backups folder/);
  });

  it('the pruning rule alone: nothing from before the last 7 days survives except among the last 3', () => {
    const entry = (daysAgo: number): BackupEntry => ({ name: `${daysAgo}`, reason: 'auto', createdAt: START - daysAgo * DAY, size: 1 });
    const all = [entry(30), entry(20), entry(10), entry(9), entry(6.1), entry(6), entry(0.5), entry(0.2)];
    // Recent: 0.2, 0.5, 6. Day 6 keeps only its newest (6, not 6.1); 9 and older are past the week.
    expect(backupsToPrune(all, START).map((e) => e.name)).toEqual(['6.1', '9', '10', '20', '30']);
  });
});

describe('backup verbs through the shell contract', () => {
  const services = () =>
    createShellServices({ appInfo: () => ({ name: 'Quire', version: '0', shell: 'desktop', platform: 'linux', versions: {} }), backups: store() });

  it('saves, lists and reads through dispatch', async () => {
    const s = services();
    const saved = await dispatch(s, 'backup:save', { bytes: new Uint8Array([9, 9]), reason: 'manual' });
    expect(saved).toMatchObject({ ok: true, value: { reason: 'manual', size: 2 } });
    const listed = await dispatch(s, 'backup:list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'manual', size: 2 }] });
    const name = (listed as { value: { name: string }[] }).value[0]!.name;
    expect(await dispatch(s, 'backup:read', { name })).toEqual({ ok: true, value: new Uint8Array([9, 9]) });
  });

  it('rejects path tricks, empty backups and unknown reasons before the store sees them', async () => {
    const s = services();
    for (const name of ['../quire-auto-x.quire', 'quire-auto-x.quire/..', 'C:\\quire-a.quire', 'quire-a..quire', 'x'.repeat(200) + '.quire']) {
      expect(await dispatch(s, 'backup:read', { name })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    }
    expect(await dispatch(s, 'backup:save', { bytes: new Uint8Array(), reason: 'auto' })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(await dispatch(s, 'backup:save', { bytes: new Uint8Array([1]), reason: 'weekly' })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('is unavailable in the web shell, which has no backups folder', async () => {
    const web = createShellServices({ appInfo: () => ({ name: 'Quire', version: '0', shell: 'web', platform: 'linux', versions: {} }) });
    expect(await dispatch(web, 'backup:list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
