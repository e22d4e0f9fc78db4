import { useRef, useState } from 'react';
import type { ImportMode } from '../../db/backup/import';
import { useShell } from '../../shell';
import { Confirm } from './Confirm';
import { describeImport, exportLibraryToFile, importLibraryBytes } from './library-file';
import { dismissOpenedBackup, useOpenedBackup } from './opened-backup';
import { UndoReplace } from './UndoReplace';

type Message = { kind: 'status' | 'error'; text: string } | null;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export the whole library to a .quire file; import one back, merged or replacing everything. */
export function BackupSection({ appVersion }: { appVersion: string }) {
  const shell = useShell();
  const input = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<File | null>(null);

  async function run(label: string, work: () => Promise<string>) {
    setBusy(true);
    setMessage({ kind: 'status', text: label });
    try {
      setMessage({ kind: 'status', text: await work() });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const importBytes = (name: string, bytes: Uint8Array, how: ImportMode) =>
    run(`Importing ${name}…`, async () => describeImport(await importLibraryBytes(shell, appVersion, bytes, how)));
  const importFile = async (file: File) => importBytes(file.name, new Uint8Array(await file.arrayBuffer()), mode);
  const opened = useOpenedBackup();

  function chosen(file: File) {
    if (mode === 'replace') setPending(file);
    else void importFile(file);
  }

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p className="muted">One .quire file holds everything: clips with their images, quotes, entities, notes and settings.</p>
      <div className="gate-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('Exporting…', () => exportLibraryToFile(shell, appVersion))}>
          Export library
        </button>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Import a backup…
        </button>
        <fieldset className="settings-mode">
          <legend>When importing</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge (newer edits win)
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace the whole library
          </label>
        </fieldset>
      </div>
      <UndoReplace appVersion={appVersion} busy={busy} run={run} />
      {opened ? (
        <div className="opened-backup" role="alertdialog" aria-label="Open a backup">
          <p>
            You opened <strong>{opened.name}</strong>. Merge it into your library (newer edits win), or replace the whole library with
            it? Before a replace, the current library is kept: Undo replace brings it back.
          </p>
          <div className="gate-actions">
            <button type="button" disabled={busy} onClick={() => { dismissOpenedBackup(); void importBytes(opened.name, opened.bytes, 'merge'); }}>
              Merge
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => { dismissOpenedBackup(); void importBytes(opened.name, opened.bytes, 'replace'); }}>
              Replace library
            </button>
            <button type="button" onClick={dismissOpenedBackup}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <input
        ref={input}
        type="file"
        accept=".quire"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) chosen(file);
        }}
      />
      {pending ? (
        <Confirm
          action="Replace library"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const file = pending;
            setPending(null);
            void importFile(file);
          }}
        >
          Replace everything in this library with {pending.name}? The current library is kept first: Undo replace brings it back.
        </Confirm>
      ) : null}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'settings-error' : undefined}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
