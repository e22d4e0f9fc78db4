import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/shell';
import { onLibraryChange } from '../../db/changes';
import { useShell } from '../../shell';
import { Confirm } from './Confirm';
import { describeImport, formatBytes, importLibraryBytes } from './library-file';
import { undoReplace } from './pre-replace';

const REASONS: Record<BackupInfo['reason'], string> = { auto: 'Automatic', manual: 'Manual', 'before-restore': 'Before the last restore' };

/** The desktop's kept backups (every 30 minutes while the library changes), each restorable. */
export function AutoBackupsSection({ appVersion }: { appVersion: string }) {
  const shell = useShell();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const refresh = useCallback(async () => {
    try {
      setBackups(await shell.invoke('backup:list', {}));
    } catch (error) {
      setMessage({ error: true, text: (error as Error).message });
    }
  }, [shell]);

  // An import elsewhere on this screen keeps a before-restore copy: show it as soon as the library changes.
  useEffect(() => {
    if (shell.kind !== 'desktop') return;
    void refresh();
    return onLibraryChange(() => void refresh());
  }, [shell, refresh]);

  async function restore(backup: BackupInfo) {
    setMessage({ error: false, text: `Restoring the backup of ${new Date(backup.createdAt).toLocaleString()}…` });
    try {
      // The before-restore copy goes back through Undo replace, which overwrites it only once it is back in place.
      const result =
        backup.reason === 'before-restore'
          ? await undoReplace(shell, appVersion)
          : await importLibraryBytes(shell, appVersion, await shell.invoke('backup:read', { name: backup.name }), 'replace');
      setMessage({ error: false, text: describeImport(result) });
      await refresh();
    } catch (error) {
      setMessage({ error: true, text: (error as Error).message });
    }
  }

  if (shell.kind !== 'desktop') return null;
  return (
    <section className="panel" aria-labelledby="auto-backups-heading">
      <h2 id="auto-backups-heading">Automatic backups</h2>
      {backups === null ? (
        <p className="muted">Reading the backups folder…</p>
      ) : backups.length === 0 ? (
        <p className="muted">None yet: Quire keeps one every 30 minutes while you work.</p>
      ) : (
        <ul className="settings-backups">
          {backups.map((backup) => (
            <li key={backup.name}>
              <span>{new Date(backup.createdAt).toLocaleString()}</span>
              <span className="muted">{REASONS[backup.reason]}</span>
              <span className="muted">{formatBytes(backup.size)}</span>
              <button type="button" onClick={() => setConfirming(backup)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <Confirm
          action="Restore this backup"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const backup = confirming;
            setConfirming(null);
            void restore(backup);
          }}
        >
          Replace the library with the backup of {new Date(confirming.createdAt).toLocaleString()}? The current library is kept as “Before the last restore”.
        </Confirm>
      ) : null}
      {message ? <p role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
    </section>
  );
}
