import type { FileFilter } from '../../shared/shell';
import type { Shell } from '../shell/shell';

/** A file to hand to the user: a suggested name, its type, and the bytes. */
export type ExportedFile = { name: string; mime: string; bytes: Uint8Array; filter?: FileFilter };

export type SaveResult = { status: 'saved'; path: string } | { status: 'downloaded'; name: string } | { status: 'cancelled' };

/** What the browser download needs; tests pass a document whose clicks they watch. */
export type DownloadEnv = { document: Document; createObjectURL: (blob: Blob) => string; revokeObjectURL: (url: string) => void };

const browserEnv = (): DownloadEnv => ({
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
});

/** Long enough for the browser to start reading the blob; revoking at once can cancel a large download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a file to the user. On the desktop the shell opens a save dialog
 * (`file:save`) and only the path the user picks is written; in the browser it
 * becomes a download, which the browser's own settings place.
 */
export async function saveExport(shell: Shell, file: ExportedFile, env?: DownloadEnv): Promise<SaveResult> {
  if (shell.kind === 'desktop') {
    const extension = /\.([A-Za-z0-9]{1,10})$/.exec(file.name)?.[1];
    const filters = file.filter ? [file.filter] : extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
    const outcome = await shell.invoke('file:save', { suggestedName: file.name, filters, bytes: file.bytes });
    return outcome.saved && outcome.path ? { status: 'saved', path: outcome.path } : { status: 'cancelled' };
  }
  download(file, env ?? browserEnv());
  return { status: 'downloaded', name: file.name };
}

function download(file: ExportedFile, env: DownloadEnv): void {
  // Copy into a fresh ArrayBuffer: a Uint8Array view over a shared or larger buffer would leak its neighbours into the file.
  const blob = new Blob([file.bytes.slice()], { type: file.mime });
  const url = env.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** What to tell the user afterwards. */
export function saveResultMessage(result: SaveResult): string {
  switch (result.status) {
    case 'saved':
      return `Saved to ${result.path}`;
    case 'downloaded':
      return `Downloaded ${result.name}`;
    case 'cancelled':
      return 'Export cancelled; nothing was saved.';
  }
}
