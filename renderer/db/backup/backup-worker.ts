/// <reference lib="webworker" />
/**
 * The backup worker: zips a library into a `.quire` file, or unzips and checks one,
 * away from the window's main thread, so a large library never freezes the window.
 * One worker serves one request and is terminated by its client (off-thread.ts).
 */
import { LIBRARY_TABLES, LibraryDb, type LibraryTable } from '../db';
import { CURRENT_VERSION } from '../migrations';
import { exportLibrary } from './export';
import { parseBackup } from './parse';
import type { Manifest } from './schema';

/** What the worker does, what it is sent for it and what it answers. */
export type BackupJobs = {
  /** `now` is the window's clock reading, so the manifest's date is the one the window would write. */
  export: { request: { kind: 'export'; name: string; appVersion: string; now: number }; result: Uint8Array };
  /** The records come first, as `rows` messages; the result is the manifest. */
  parse: { request: { kind: 'parse'; bytes: Uint8Array }; result: Manifest };
};
export type BackupRequest = BackupJobs[keyof BackupJobs]['request'];
export type BackupReply =
  | { kind: 'rows'; table: LibraryTable; rows: unknown[] }
  | { kind: 'done'; result: BackupJobs[keyof BackupJobs]['result'] }
  /** Errors cross as name and message: a structured clone would turn a BackupError into a plain Error. */
  | { kind: 'failed'; name: string; message: string };

/**
 * Records per `rows` message. The window decodes each message in one task: the whole
 * parsed backup in one message held it for 170-380 ms at 3,000 clips, and longer with more.
 */
const ROWS_PER_MESSAGE = 250;

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Reads the window's library through a connection of our own, closed when done or when another window needs it gone. */
async function exportByName(name: string, appVersion: string, now: number): Promise<Uint8Array> {
  const db = new LibraryDb(name, { now: () => now });
  // Never stand in the way of another window's upgrade or a delete: the export fails and is retried instead.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  try {
    await db.open();
    // A newer Quire upgraded the library after this window loaded: its rows may not fit this version's format.
    if (Math.floor(db.backendDB().version / 10) > CURRENT_VERSION) throw new Error('This library was upgraded by a newer version of Quire; reload the window to back it up.');
    return await exportLibrary(db, { appVersion });
  } finally {
    db.close();
  }
}

/** Sends the parsed records in batches, then answers with the manifest. */
async function parseAndSend(bytes: Uint8Array): Promise<Manifest> {
  const { manifest, tables } = await parseBackup(bytes);
  for (const table of LIBRARY_TABLES) {
    const rows: unknown[] = tables[table];
    for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE) {
      scope.postMessage({ kind: 'rows', table, rows: rows.slice(at, at + ROWS_PER_MESSAGE) } satisfies BackupReply);
    }
  }
  return manifest;
}

async function handle(request: BackupRequest): Promise<{ reply: BackupReply; transfer: Transferable[] }> {
  if (request.kind === 'export') {
    const bytes = await exportByName(request.name, request.appVersion, request.now);
    return { reply: { kind: 'done', result: bytes }, transfer: [bytes.buffer] };
  }
  return { reply: { kind: 'done', result: await parseAndSend(request.bytes) }, transfer: [] };
}

scope.onmessage = async (event: MessageEvent<BackupRequest>) => {
  try {
    const { reply, transfer } = await handle(event.data);
    scope.postMessage(reply, transfer);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ kind: 'failed', name, message } satisfies BackupReply);
  }
};
