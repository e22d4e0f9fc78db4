import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ShellError } from '../../shared/shell';
import type { BackupInfo, BackupReason } from '../../shared/shell';

export type BackupEntry = BackupInfo;

export type BackupStoreDeps = {
  /** The folder that holds the backups (main.ts: `<userData>/backups`). */
  dir: string;
  now?: () => number;
};

/** How many automatic backups to keep: the last few, and one a day for a week. */
export const BACKUP_RETENTION = { recent: 3, days: 7 } as const;
export const LATEST_BEFORE_RESTORE = 'quire-latest-before-restore.quire';

const NAME = /^quire-(auto|manual)-(\d{8}T\d{9}Z)(?:-(\d+))?\.quire$/;
const DAY = 24 * 60 * 60 * 1000;

function stamp(time: number): string {
  return new Date(time).toISOString().replace(/[-:.]/g, '');
}

function timeOfStamp(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!);
}

/** What a file name says about a backup, or null when it is not one of ours. */
export function describeBackupName(name: string): Pick<BackupEntry, 'reason'> & { createdAt: number | null } | null {
  if (name === LATEST_BEFORE_RESTORE) return { reason: 'before-restore', createdAt: null };
  const m = NAME.exec(name);
  return m ? { reason: m[1] as BackupReason, createdAt: timeOfStamp(m[2]!) } : null;
}

/** Writes through a temporary file, synced, then renamed: a crash leaves the old file or the new one, never half of one. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.partial`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/** Which automatic backups the rolling policy drops: all but the newest few and the newest of each of the last 7 (UTC) days, today included. */
export function backupsToPrune(autos: BackupEntry[], now: number): BackupEntry[] {
  const newestFirst = [...autos].sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set(newestFirst.slice(0, BACKUP_RETENTION.recent));
  const seenDays = new Set<number>();
  const today = Math.floor(now / DAY);
  for (const entry of newestFirst) {
    const day = Math.floor(entry.createdAt / DAY);
    if (today - day >= BACKUP_RETENTION.days || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(entry);
  }
  return newestFirst.filter((entry) => !keep.has(entry));
}

/** The desktop's automatic and manual backups, in one folder of the user data. */
export function createBackupStore(deps: BackupStoreDeps) {
  const now = deps.now ?? Date.now;

  async function list(): Promise<BackupEntry[]> {
    await mkdir(deps.dir, { recursive: true });
    const entries: BackupEntry[] = [];
    for (const name of await readdir(deps.dir)) {
      const described = describeBackupName(name);
      if (!described) continue;
      const info = await stat(join(deps.dir, name));
      entries.push({ name, reason: described.reason, createdAt: described.createdAt ?? info.mtimeMs, size: info.size });
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt);
  }

  async function uniqueName(reason: 'auto' | 'manual', time: number): Promise<string> {
    const existing = new Set(await readdir(deps.dir));
    for (let n = 0; ; n += 1) {
      const name = `quire-${reason}-${stamp(time)}${n ? `-${n}` : ''}.quire`;
      if (!existing.has(name)) return name;
    }
  }

  async function save(bytes: Uint8Array, reason: BackupReason): Promise<BackupEntry> {
    await mkdir(deps.dir, { recursive: true });
    const time = now();
    const name = reason === 'before-restore' ? LATEST_BEFORE_RESTORE : await uniqueName(reason, time);
    try {
      await writeDurably(join(deps.dir, name), bytes);
    } catch (error) {
      const full = (error as NodeJS.ErrnoException).code === 'ENOSPC';
      throw new ShellError('internal', full ? 'The disk is full: the backup was not written.' : 'The backup could not be written to the backups folder.');
    }
    if (reason === 'auto') await prune();
    return { name, reason, createdAt: time, size: bytes.length };
  }

  async function prune(): Promise<void> {
    const autos = (await list()).filter((entry) => entry.reason === 'auto');
    for (const entry of backupsToPrune(autos, now())) await rm(join(deps.dir, entry.name), { force: true });
  }

  async function read(name: string): Promise<Uint8Array> {
    if (!describeBackupName(name)) throw new ShellError('invalid-args', 'There is no backup by that name.');
    try {
      return new Uint8Array(await readFile(join(deps.dir, name)));
    } catch {
      throw new ShellError('invalid-args', 'That backup is no longer in the backups folder.');
    }
  }

  return { list, save, read, prune };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
