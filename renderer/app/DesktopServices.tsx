import { useEffect } from 'react';
import type { AppInfo } from '../../shared/shell';
import { library } from '../db/library';
import { startDesktopAutoBackup } from '../features/settings/start-auto-backup';
import { useShell } from '../shell';

/** What runs in the background of the desktop app: automatic backups every 30 minutes while the library changes. */
export function DesktopServices({ info }: { info: AppInfo | null }) {
  const shell = useShell();
  const version = info?.version ?? null;
  useEffect(() => {
    if (!version) return;
    const backups = startDesktopAutoBackup(library(), shell, version);
    return () => backups?.stop();
  }, [shell, version]);
  return null;
}
