import type { Note } from '../../../../shared/model';
import { SaveTimer } from '../../../ui/save-timer';
import type { NoteDraft, NoteSaveResult } from '../../context';

export type SaveStatus =
  | { state: 'saved'; at: number }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; message: string; retryInMs: number }
  | { state: 'conflict'; stored: Note };

export type NoteSaverOptions = {
  buildDraft: () => Promise<NoteDraft>;
  save: (draft: NoteDraft, expectedUpdatedAt: number) => Promise<NoteSaveResult>;
  onStatus: (status: SaveStatus) => void;
  onSaved?: (note: Note) => void;
  /** Called as each save starts, so a copy of what is being saved outlives a crash (local-draft.ts). */
  onSaving?: () => void;
  /** The stored note's `updatedAt` when it was loaded into the editor. */
  baseUpdatedAt: number;
  /** The pause after the last edit before saving (default 500 ms). */
  delayMs?: number;
  /** The longest steady typing goes unsaved (default 1 s). */
  maxWaitMs?: number;
  retryDelaysMs?: readonly number[];
};

const DEFAULT_RETRY_DELAYS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Saving of one note, after a pause in typing and at least every second while
 * typing goes on (SaveTimer). A failed save keeps the edits, says so and
 * retries with back-off; a save that finds the note changed elsewhere since it
 * was loaded writes nothing and reports a conflict until the user decides.
 */
export class NoteSaver {
  private dirty = false;
  private readonly timer: SaveTimer;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private conflict: Note | null = null;
  private baseUpdatedAt: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(private readonly options: NoteSaverOptions) {
    this.baseUpdatedAt = options.baseUpdatedAt;
    this.timer = new SaveTimer(() => void this.flush(), options.delayMs ?? 500, options.maxWaitMs ?? 1_000);
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
  }

  /** The stored version the next save expects to replace. */
  get baseVersion(): number {
    return this.baseUpdatedAt;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.conflict) return;
    if (this.failures === 0) this.options.onStatus({ state: 'unsaved' });
    this.timer.edited();
  }

  /** Saves now if anything is unsaved; resolves when the note is saved or the save has failed. */
  async flush(): Promise<void> {
    this.timer.cancel();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.conflict) return;
    const attempt = this.saveOnce();
    this.inFlight = attempt;
    try {
      await attempt;
    } finally {
      this.inFlight = null;
    }
  }

  /** After a conflict: write this window's version over the other one. */
  overwrite(): Promise<void> {
    if (!this.conflict) return Promise.resolve();
    this.baseUpdatedAt = this.conflict.updatedAt;
    this.conflict = null;
    this.dirty = true;
    return this.flush();
  }

  dispose(): void {
    this.timer.cancel();
  }

  private async saveOnce(): Promise<void> {
    this.dirty = false;
    this.options.onStatus({ state: 'saving' });
    try {
      this.options.onSaving?.();
      const result = await this.options.save(await this.options.buildDraft(), this.baseUpdatedAt);
      if (result.status === 'conflict') {
        this.dirty = true;
        this.conflict = result.stored;
        this.options.onStatus({ state: 'conflict', stored: result.stored });
        return;
      }
      this.failures = 0;
      this.baseUpdatedAt = result.note.updatedAt;
      this.options.onStatus(this.dirty ? { state: 'unsaved' } : { state: 'saved', at: result.note.updatedAt });
      this.options.onSaved?.(result.note);
    } catch (error) {
      this.dirty = true;
      this.failures += 1;
      const retryInMs = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length) - 1] ?? 30_000;
      const message = error instanceof Error ? error.message : String(error);
      this.options.onStatus({ state: 'failed', message, retryInMs });
      this.timer.after(retryInMs);
    }
  }
}
