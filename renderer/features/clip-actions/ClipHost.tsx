import { useEffect, useRef, useState } from 'react';
import { useShell } from '../../shell';
import { clipHref } from '../library/route';
import { importFiles } from './bulk-import';
import type { ImportProgress } from './bulk-import';
import { ClipDialog } from './ClipDialog';
import { onClipCommand, requestClip } from './commands';
import { ImportDialog } from './ImportDialog';
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
  const abort = useRef<AbortController | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function runImport(files: File[]) {
    if (running) return;
    abort.current = new AbortController();
    setRunning(true);
    try {
      await importFiles(files, ctx, setProgress, abort.current.signal);
    } finally {
      setRunning(false);
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
