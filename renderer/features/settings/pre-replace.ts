import type { LibraryDb } from '../../db/db';
import { importParsed, type ImportResult } from '../../db/backup/import';
import { exportOffThread, parseOffThread } from '../../db/backup/off-thread';
import { keepPreReplaceCopy, preReplaceInfo, readPreReplaceCopy } from '../../db/backup/pre-replace-store';
import { library } from '../../db/library';
import type { Shell } from '../../shell';

/** The copy of the library kept just before it was last replaced. */
export type KeptCopy = { keptAt: number; size: number };

/** Where that copy lives: beside the automatic backups on the desktop, in a database of its own in the browser. */
type Slot = { keep(bytes: Uint8Array): Promise<void>; info(): Promise<KeptCopy | null>; read(): Promise<Uint8Array | null> };

function slotOf(shell: Shell, db: LibraryDb): Slot {
  if (shell.kind === 'desktop') {
    const find = async () => (await shell.invoke('backup:list', {})).find((b) => b.reason === 'before-restore') ?? null;
    return {
      keep: async (bytes) => void (await shell.invoke('backup:save', { bytes, reason: 'before-restore' })),
      info: async () => {
        const found = await find();
        return found && { keptAt: found.createdAt, size: found.size };
      },
      read: async () => {
        const found = await find();
        return found && shell.invoke('backup:read', { name: found.name });
      },
    };
  }
  return {
    keep: (bytes) => keepPreReplaceCopy(db.name, bytes, db.now()),
    info: async () => {
      const found = await preReplaceInfo(db.name);
      return found && { keptAt: found.keptAt, size: found.size };
    },
    read: () => readPreReplaceCopy(db.name),
  };
}

async function keepCurrent(slot: Slot, db: LibraryDb, appVersion: string): Promise<void> {
  try {
    await slot.keep(await exportOffThread(db, { appVersion }));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`The current library could not be kept before replacing it (${why.replace(/\.$/, '')}), so nothing was replaced.`);
  }
}

export function keptCopyInfo(shell: Shell): Promise<KeptCopy | null> {
  return slotOf(shell, library()).info();
}

/**
 * Replaces the library with a backup: the file is checked whole first (a damaged one changes
 * nothing, the kept copy included), then the current library is kept, then replaced in one
 * transaction. If the copy cannot be kept, nothing is replaced. The bytes go to the worker.
 */
export async function replaceKeepingCopy(shell: Shell, appVersion: string, bytes: Uint8Array): Promise<ImportResult> {
  const db = library();
  const parsed = await parseOffThread(bytes);
  const slot = slotOf(shell, db);
  await keepCurrent(slot, db, appVersion);
  return importParsed(db, parsed, 'replace');
}

/**
 * Puts back the library kept before the last replace. The kept copy is only overwritten
 * once it is back in place, with the library it replaced: undoing again redoes the replace.
 * `redoKept` is false when that last step failed (the library is back all the same).
 */
export async function undoReplace(shell: Shell, appVersion: string): Promise<ImportResult & { redoKept: boolean }> {
  const db = library();
  const slot = slotOf(shell, db);
  const kept = await slot.read();
  if (!kept) throw new Error('There is no copy of the library from before a replace to go back to.');
  const parsed = await parseOffThread(kept);
  const current = await exportOffThread(db, { appVersion });
  const result = await importParsed(db, parsed, 'replace');
  const redoKept = await slot.keep(current).then(() => true, () => false);
  return { ...result, redoKept };
}
