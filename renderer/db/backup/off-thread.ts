/**
 * Backups as the window runs them: the zipping and unzipping, JSON encoding and checking
 * happen in a worker (backup-worker.ts), so even a large library never freezes the window.
 * Only the import's write transaction stays here, where changes are published to the UI.
 * Where there is no Worker (Node unit tests), the same functions run in this thread.
 */
import { LIBRARY_TABLES, type LibraryDb, type LibraryTable } from '../db';
import type { BackupJobs, BackupReply } from './backup-worker';
import { type ExportOptions, exportLibrary } from './export';
import { type ImportMode, importParsed, type ImportResult } from './import';
import { type BackupContents, BackupError, parseBackup, type ParsedBackup } from './parse';

const hasWorkers = () => typeof Worker !== 'undefined';

/** Starts one worker for one request, and terminates it once the reply (or a failure) is in. */
function ask<K extends keyof BackupJobs>(
  request: BackupJobs[K]['request'],
  transfer: Transferable[] = [],
  onRows: (table: LibraryTable, rows: unknown[]) => void = () => undefined,
): Promise<BackupJobs[K]['result']> {
  const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module', name: `quire-backup-${request.kind}` });
  return new Promise<BackupJobs[K]['result']>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<BackupReply>) => {
      if (data.kind === 'rows') onRows(data.table, data.rows);
      else if (data.kind === 'done') resolve(data.result as BackupJobs[K]['result']);
      else if (data.name === 'BackupError') reject(BackupError.withMessage(data.message));
      else reject(Object.assign(new Error(data.message), { name: data.name }));
    };
    worker.onmessageerror = () => reject(new Error('The backup worker sent back a reply that could not be read.'));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`The backup worker failed: ${event.message || 'it could not be started'}.`));
    };
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}

/** The whole library as a `.quire` file, like {@link exportLibrary}, zipped in a worker. */
export async function exportOffThread(db: LibraryDb, options: ExportOptions): Promise<Uint8Array> {
  if (!hasWorkers()) return exportLibrary(db, options);
  return ask<'export'>({ kind: 'export', name: db.name, appVersion: options.appVersion, now: db.now() });
}

/**
 * Unzips and checks a `.quire` file in a worker, like {@link parseBackup}; throws its BackupError.
 * The bytes are handed over to the worker, not copied: the caller's array is empty afterwards.
 */
export async function parseOffThread(bytes: Uint8Array): Promise<ParsedBackup> {
  if (!hasWorkers()) return parseBackup(bytes);
  const tables = Object.fromEntries(LIBRARY_TABLES.map((table) => [table, [] as unknown[]])) as Record<LibraryTable, unknown[]>;
  const manifest = await ask<'parse'>({ kind: 'parse', bytes }, [bytes.buffer], (table, rows) => tables[table].push(...rows));
  return { manifest, tables: tables as BackupContents };
}

/** Imports a `.quire` file like importLibrary: checked in a worker, then written here in one transaction. */
export async function importOffThread(db: LibraryDb, bytes: Uint8Array, mode: ImportMode): Promise<ImportResult> {
  return importParsed(db, await parseOffThread(bytes), mode);
}
