import type { Shell } from '../../shell';
import { SAVE_LIMITS } from '../../../shared/shell';
import { backupFileName } from '../../db/backup/export';
import type { ImportMode, ImportResult } from '../../db/backup/import';
import { exportOffThread, importOffThread } from '../../db/backup/off-thread';
import { library } from '../../db/library';
import { replaceKeepingCopy } from './pre-replace';

/**
 * Exports the library and lets the user keep the file: a save dialog on the desktop, a download in the browser.
 * Backups are zipped and checked in a worker (off-thread.ts), so the window stays responsive meanwhile.
 */
export async function exportLibraryToFile(shell: Shell, appVersion: string): Promise<string> {
  const db = library();
  const bytes = await exportOffThread(db, { appVersion });
  const name = backupFileName(db.now());
  if (shell.kind === 'desktop' && bytes.length <= SAVE_LIMITS.maxBytes) {
    const outcome = await shell.invoke('file:save', { suggestedName: name, filters: [{ name: 'Quire backup', extensions: ['quire'] }], bytes });
    return outcome.saved ? `Saved to ${outcome.path ?? name}.` : 'Export cancelled.';
  }
  download(bytes, name);
  return `Downloaded ${name}.`;
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Imports a backup. A replace keeps the current library first (pre-replace.ts), so a wrong
 * choice can be undone in one click. The bytes are handed to the backup worker: the caller's
 * array is empty afterwards.
 */
export async function importLibraryBytes(shell: Shell, appVersion: string, bytes: Uint8Array, mode: ImportMode): Promise<ImportResult> {
  if (mode === 'replace') return replaceKeepingCopy(shell, appVersion, bytes);
  return importOffThread(library(), bytes, mode);
}

export function describeImport(result: ImportResult): string {
  const { clips, quotes, notes, entities } = result.written;
  const what = `${clips} clips, ${quotes} quotes, ${entities} entries and ${notes} notes`;
  const done = result.mode === 'replace' ? `Library replaced: ${what}.` : `Merged: ${what} were new or newer.`;
  const refused = result.refusedAssets;
  if (refused.length === 0) return done;
  const named = refused.slice(0, 3).join(', ') + (refused.length > 3 ? ` and ${refused.length - 3} more` : '');
  return `${done} ${refused.length === 1 ? '1 image was' : `${refused.length} images were`} left out because ${refused.length === 1 ? 'it is not an image' : 'they are not images'} or could not be made safe: ${named}.`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
