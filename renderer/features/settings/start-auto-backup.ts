import type { Shell } from '../../shell';
import { type AutoBackup, startAutoBackup } from '../../db/backup/auto-backup';
import type { LibraryDb } from '../../db/db';

/** On the desktop, starts the 30-minute automatic backups into the user-data folder; the web shell has none. */
export function startDesktopAutoBackup(db: LibraryDb, shell: Shell, appVersion: string): AutoBackup | null {
  if (shell.kind !== 'desktop') return null;
  return startAutoBackup({
    db,
    appVersion,
    save: (bytes) => shell.invoke('backup:save', { bytes, reason: 'auto' }),
    onError: (error) => console.warn('Automatic backup failed; it will be retried', error),
  });
}
