import { onLibraryChange } from '../changes';
import type { LibraryDb } from '../db';
import { setMeta } from '../settings';
import { exportOffThread } from './off-thread';

export const AUTO_BACKUP_INTERVAL_MS = 30 * 60 * 1000;

export type AutoBackupOptions = {
  db: LibraryDb;
  /** Hands the bytes to the shell (`backup:save` with reason 'auto'). */
  save: (bytes: Uint8Array) => Promise<unknown>;
  appVersion: string;
  intervalMs?: number;
  /** Runs `tick` every `ms`; returns the stop. Tests drive ticks by hand. */
  every?: (ms: number, tick: () => void) => () => void;
  onError?: (error: unknown) => void;
};

export type AutoBackup = {
  /** Backs up now if the library changed since the last backup; true when it wrote one. */
  tick(): Promise<boolean>;
  stop(): void;
};

const realEvery = (ms: number, tick: () => void) => {
  const timer = setInterval(tick, ms);
  return () => clearInterval(timer);
};

/**
 * Every 30 minutes, if this window changed the library since the last backup,
 * exports it (in a worker: the window keeps responding while a large library
 * is zipped) and hands it to the desktop shell, which keeps a rolling set.
 * A failed backup stays due and is retried at the next tick.
 */
export function startAutoBackup(options: AutoBackupOptions): AutoBackup {
  const { db, save, appVersion, intervalMs = AUTO_BACKUP_INTERVAL_MS, every = realEvery, onError = console.error } = options;
  let changed = false;
  let running: Promise<boolean> | null = null;

  const unsubscribe = onLibraryChange((change) => {
    if (change.db === db.name && change.origin === 'local') changed = true;
  });

  async function backUp(): Promise<boolean> {
    if (!changed) return false;
    changed = false;
    try {
      await save(await exportOffThread(db, { appVersion }));
      await setMeta(db, 'lastAutoBackupAt', db.now());
      return true;
    } catch (error) {
      changed = true;
      onError(error);
      return false;
    }
  }

  function tick(): Promise<boolean> {
    running ??= backUp().finally(() => (running = null));
    return running;
  }

  const stopTimer = every(intervalMs, () => void tick());
  return {
    tick,
    stop() {
      stopTimer();
      unsubscribe();
    },
  };
}
