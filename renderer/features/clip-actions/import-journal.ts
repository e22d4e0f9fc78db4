import { getMeta, setMeta } from '../../db/settings';
import type { LibraryDb } from '../../db/db';
import type { FileResult } from './bulk-import';

/** Device-local (`meta`): a record of this machine's files, not of the library, so never in a backup. */
export const IMPORT_JOURNAL_KEY = 'import:journal';

/** What identifies a picked file again: browsers give no path, so its name, size and modification time. */
export type FileIdentity = { name: string; size: number; lastModified: number };
export type JournalEntry = FileIdentity &
  ({ status: 'pending' } | { status: 'done'; clipId: string; title: string } | { status: 'failed'; message: string });
/** A bulk import as it goes, written after every file, so a crash leaves a record of which went in. */
export type ImportJournal = { startedAt: number; entries: JournalEntry[] };

export type JournalCounts = { total: number; settled: number; done: number; failed: number; pending: number };

export function countJournal(journal: ImportJournal): JournalCounts {
  const count = (status: JournalEntry['status']) => journal.entries.filter((entry) => entry.status === status).length;
  const [done, failed, pending] = [count('done'), count('failed'), count('pending')];
  return { total: journal.entries.length, settled: done + failed, done, failed, pending };
}

/** The import that stopped before its end (a crash, a closed window, Cancel), if any. */
export async function readUnfinishedImport(db: LibraryDb): Promise<ImportJournal | null> {
  const journal = await getMeta<ImportJournal>(db, IMPORT_JOURNAL_KEY);
  return journal && countJournal(journal).pending > 0 ? journal : null;
}

export function dismissImportJournal(db: LibraryDb): Promise<void> {
  return db.meta.delete(IMPORT_JOURNAL_KEY);
}

export type ImportPlan = {
  journal: ImportJournal;
  /** The files to clip, each with its entry in the journal. */
  todo: { file: File; entry: number }[];
  /** Files that an earlier, unfinished run already clipped: skipped, shown as such. */
  earlier: FileResult[];
};

/**
 * Which picked files still need clipping. With an unfinished import on record,
 * this run goes on with it: a file it already clipped (same name, size and
 * modification time, each entry matched once) is skipped; a failed or pending one
 * is tried again; a new one joins the record.
 */
export function planImport(files: readonly File[], previous: ImportJournal | null, now: number): ImportPlan {
  const entries: JournalEntry[] = previous ? previous.entries.map((entry) => ({ ...entry })) : [];
  const unmatched = new Map<string, number[]>();
  entries.forEach((entry, index) => unmatched.set(identityKey(entry), [...(unmatched.get(identityKey(entry)) ?? []), index]));
  const todo: ImportPlan['todo'] = [];
  const earlier: FileResult[] = [];
  for (const file of files) {
    const index = unmatched.get(identityKey(file))?.shift();
    const entry = index === undefined ? undefined : entries[index];
    if (entry?.status === 'done') {
      earlier.push({ name: file.name, status: 'earlier', clipId: entry.clipId, title: entry.title });
      continue;
    }
    const slot = index ?? entries.push({ ...identityOf(file), status: 'pending' }) - 1;
    entries[slot] = { ...identityOf(file), status: 'pending' };
    todo.push({ file, entry: slot });
  }
  return { journal: { startedAt: previous?.startedAt ?? now, entries }, todo, earlier };
}

/** One run's record keeper: the plan's journal, written before the first file and after each one. */
export class ImportRecorder {
  private readonly entryOf = new Map<File, number>();

  constructor(
    private readonly db: LibraryDb,
    readonly plan: ImportPlan,
  ) {
    for (const { file, entry } of plan.todo) this.entryOf.set(file, entry);
  }

  start(): Promise<void> {
    return this.save();
  }

  async record(file: File, result: FileResult): Promise<void> {
    const index = this.entryOf.get(file);
    if (index === undefined) return;
    const identity = identityOf(file);
    this.plan.journal.entries[index] =
      result.status === 'failed'
        ? { ...identity, status: 'failed', message: result.reason }
        : { ...identity, status: 'done', clipId: result.clipId, title: result.title };
    await this.save();
  }

  /** A run that got through every file it knows leaves no record; one with files still to do keeps it for Resume. */
  async finish(): Promise<void> {
    if (countJournal(this.plan.journal).pending === 0) await dismissImportJournal(this.db);
  }

  private async save(): Promise<void> {
    try {
      await setMeta(this.db, IMPORT_JOURNAL_KEY, this.plan.journal);
    } catch (error) {
      // The record only helps after a crash; failing to keep it must not stop the files going in.
      console.warn('The import could not keep its list of files:', error);
    }
  }
}

const identityOf = (file: FileIdentity): FileIdentity => ({ name: file.name, size: file.size, lastModified: file.lastModified });
const identityKey = (file: FileIdentity) => JSON.stringify([file.name, file.size, file.lastModified]);
