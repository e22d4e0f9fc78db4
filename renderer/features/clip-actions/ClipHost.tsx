import { useEffect, useRef, useState } from 'react';
import { useShell } from '../../shell';
import { clipHref } from '../library/route';
import { importFiles } from './bulk-import';
import type { ImportProgress } from './bulk-import';
import { ClipDialog } from './ClipDialog';
import { onClipCommand, requestClip } from './commands';
import { ImportDialog } from './ImportDialog';
import { dismissImportJournal, ImportRecorder, planImport, readUnfinishedImport } from './import-journal';
import type { ImportJournal } from './import-journal';
import { ImportResumeNotice } from './ImportResume';
import { IMPORT_ACCEPT } from './sources';
import type { PreparedSource } from './sources';
import { useClipContext } from './useClipContext';
import { useDropToClip } from './useDropToClip';

/**
 * The app-wide home of clipping: the clip dialog, bulk import, the file picker,
 * files dropped anywhere on the window, and the menu's Clip URL / Import files.
 */
export function ClipHost() {
  const shell = useShell();
  const ctx = useClipContext();
  const [dialog, setDialog] = useState<{ initial: PreparedSource | null } | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [unfinished, setUnfinished] = useState<ImportJournal | null>(null);
  const abort = useRef<AbortController | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const { db } = ctx;

  // An import that stopped last time (a crash, a closed window) is offered again on the next start.
  useEffect(() => {
    let live = true;
    readUnfinishedImport(db).then(
      (journal) => live && setUnfinished(journal),
      (error: unknown) => console.warn('The record of an unfinished import could not be read:', error),
    );
    return () => {
      live = false;
      // A window going away stops its import before the next file; the record stays for Resume.
      abort.current?.abort();
    };
  }, [db]);

  async function runImport(files: File[]) {
    if (running) return;
    abort.current = new AbortController();
    setRunning(true);
    setUnfinished(null);
    const recorder = await startRecording(files);
    try {
      await importFiles(recorder?.plan.todo.map((item) => item.file) ?? files, ctx, setProgress, abort.current.signal, recorder);
    } finally {
      await recorder?.finish().catch((error: unknown) => console.warn('The finished import could not clear its record:', error));
      setRunning(false);
      setUnfinished(await readUnfinishedImport(db).catch(() => null));
    }
  }

  /** Goes on with an unfinished import when there is one; without storage for the record, the import still runs. */
  async function startRecording(files: File[]): Promise<ImportRecorder | undefined> {
    try {
      const recorder = new ImportRecorder(db, planImport(files, await readUnfinishedImport(db), db.now()));
      await recorder.start();
      return recorder;
    } catch (error) {
      console.warn('The import runs without a record of its files:', error);
      return undefined;
    }
  }

  useEffect(
    () =>
      onClipCommand((command) => {
        if (command.type === 'open-dialog') setDialog({ initial: command.initial ?? null });
        else if (command.type === 'pick-files') picker.current?.click();
        else void runImport(command.files);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runImport reads the latest state through closures each render
    [ctx, running],
  );

  useEffect(
    () =>
      shell.on('app:command', ({ command }) => {
        if (command === 'clip-url') requestClip({ type: 'open-dialog' });
        if (command === 'import-files') requestClip({ type: 'pick-files' });
      }),
    [shell],
  );

  useDropToClip();

  return (
    <>
      <ClipDialog
        open={dialog !== null}
        initial={dialog?.initial ?? null}
        onClose={() => setDialog(null)}
        onClipped={(clipId) => {
          window.location.hash = clipHref(clipId);
        }}
      />
      <ImportDialog progress={progress} running={running} onCancel={() => abort.current?.abort()} onClose={() => setProgress(null)} />
      {unfinished && !running && !progress ? (
        <ImportResumeNotice
          journal={unfinished}
          onResume={() => picker.current?.click()}
          onDismiss={() => {
            setUnfinished(null);
            dismissImportJournal(db).catch((error: unknown) => console.warn('The record of the import could not be removed:', error));
          }}
        />
      ) : null}
      <input
        ref={picker}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-files-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void runImport(files);
        }}
      />
    </>
  );
}
