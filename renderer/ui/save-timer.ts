/**
 * When to save what the user is typing: after a pause of `delayMs`, but never
 * later than `maxWaitMs` after the first edit not yet saved. A plain debounce
 * that every keystroke pushes back saves nothing while someone types steadily,
 * so a crash a minute into a paragraph would take the whole minute with it.
 * Used by the note editor (NoteSaver) and the quote card's comment.
 */
export class SaveTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstEditAt: number | null = null;
  private readonly maxWaitMs: number;

  constructor(
    private readonly fire: () => void,
    private readonly delayMs = 500,
    maxWaitMs = 1_000,
  ) {
    // A wait shorter than the pause would make the pause meaningless (lodash's debounce agrees).
    this.maxWaitMs = Math.max(maxWaitMs, delayMs);
  }

  /** Whether a save is waiting to happen. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Something was edited: save after the pause, or sooner if the edits have waited long enough. */
  edited(): void {
    const now = Date.now();
    this.firstEditAt ??= now;
    this.start(Math.max(0, Math.min(this.delayMs, this.firstEditAt + this.maxWaitMs - now)));
  }

  /** Fire in exactly `ms` (a retry after a failed save). */
  after(ms: number): void {
    this.start(ms);
  }

  /** The save is happening now (or is not wanted): forget the waiting edits. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.firstEditAt = null;
  }

  private start(ms: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.firstEditAt = null;
      this.fire();
    }, ms);
  }
}
