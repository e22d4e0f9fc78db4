import { writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ShellError } from '../../shared/shell';
import type { FileFilter, FileSaveArgs, SaveOutcome } from '../../shared/shell';

/** What Electron's `dialog.showSaveDialog` is asked and answers, reduced to what saving needs. */
export type SaveDialogOptions = { title: string; defaultPath: string; filters: FileFilter[] };
export type SaveDialogResult = { canceled: boolean; filePath?: string };

export type SaveFileDeps = {
  /** Shows the system save dialog (main.ts binds it to the focused window). */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogResult>;
  /** Where the dialog opens: the user's Downloads or Documents folder. */
  defaultDirectory: string;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
};

/**
 * Asks the user for a path and returns it, or null when they cancelled. The
 * renderer only suggests a bare file name (the contract refuses separators);
 * the path written to is the one the dialog returned, and nothing else.
 */
export async function pickSavePath(
  deps: Pick<SaveFileDeps, 'showSaveDialog' | 'defaultDirectory'>,
  suggestedName: string,
  filters: FileFilter[],
  title = 'Save',
): Promise<string | null> {
  const defaultPath = join(deps.defaultDirectory, suggestedName);
  const result = await deps.showSaveDialog({ title, defaultPath, filters });
  if (result.canceled || !result.filePath) return null;
  if (!isAbsolute(result.filePath)) {
    throw new ShellError('invalid-args', 'The save dialog returned a path Quire cannot use.');
  }
  return result.filePath;
}

export async function writeChosenFile(deps: Pick<SaveFileDeps, 'writeFile'>, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await (deps.writeFile ?? defaultWrite)(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'Quire is not allowed to write there.'
        : code === 'ENOSPC'
          ? 'The disk is full.'
          : code === 'EROFS'
            ? 'That place is read-only.'
            : 'The file could not be written.';
    throw new ShellError('internal', `${reason} Nothing was saved; try another folder.`);
  }
}

function defaultWrite(path: string, bytes: Uint8Array): Promise<void> {
  return writeFile(path, bytes);
}

/** `file:save`: a save dialog, then the bytes written to the chosen path. */
export async function saveFile(args: FileSaveArgs, deps: SaveFileDeps): Promise<SaveOutcome> {
  const path = await pickSavePath(deps, args.suggestedName, args.filters, 'Export');
  if (path === null) return { saved: false };
  await writeChosenFile(deps, path, args.bytes);
  return { saved: true, path };
}
