import { useCallback, useEffect, useState } from 'react';
import { onLibraryChange } from '../../db/changes';
import { useShell } from '../../shell';
import { describeImport, formatBytes } from './library-file';
import { type KeptCopy, keptCopyInfo, undoReplace } from './pre-replace';

type Props = {
  appVersion: string;
  busy: boolean;
  /** The Backup section's runner: shows the label while `work` runs, then its result or error. */
  run: (label: string, work: () => Promise<string>) => Promise<void>;
};

/** "Undo replace": one click puts back the library as it was before the last replace. */
export function UndoReplace({ appVersion, busy, run }: Props) {
  const shell = useShell();
  const [kept, setKept] = useState<KeptCopy | null>(null);

  const refresh = useCallback(() => {
    keptCopyInfo(shell).then(setKept, () => setKept(null));
  }, [shell]);
  // A replace publishes its changes: the copy it kept shows as soon as it is done.
  useEffect(() => {
    refresh();
    return onLibraryChange(refresh);
  }, [refresh]);

  if (!kept) return null;
  const when = new Date(kept.keptAt).toLocaleString();
  const undo = () =>
    run('Putting back the library as it was before the replace…', async () => {
      const result = await undoReplace(shell, appVersion);
      refresh();
      const back = describeImport(result).replace(/^Library replaced/, 'The library is back as it was before the replace');
      return result.redoKept ? `${back} Undo replace again to redo it.` : `${back} The library it replaced could not be kept.`;
    });

  return (
    <div className="undo-replace" aria-label="Before the last replace">
      <p className="muted">
        The library as it was before the last replace ({when}, {formatBytes(kept.size)}) is kept.
      </p>
      <button type="button" disabled={busy} onClick={() => void undo()}>
        Undo replace
      </button>
    </div>
  );
}
