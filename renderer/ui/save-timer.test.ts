import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveTimer } from './save-timer';

describe('SaveTimer', () => {
  let fired: number[];
  beforeEach(() => {
    vi.useFakeTimers();
    fired = [];
  });
  afterEach(() => vi.useRealTimers());

  const timer = () => new SaveTimer(() => fired.push(Date.now()), 500, 1_000);

  it('fires after a pause in the edits', () => {
    const start = Date.now();
    const t = timer();
    t.edited();
    vi.advanceTimersByTime(300);
    t.edited();
    vi.advanceTimersByTime(499);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([start + 800]);
  });

  it('fires at least once a second while edits never pause', () => {
    const start = Date.now();
    const t = timer();
    for (let i = 0; i < 30; i++) {
      t.edited();
      vi.advanceTimersByTime(100);
    }
    expect(fired).toEqual([start + 1_000, start + 2_000, start + 3_000]);
  });

  it('starts the wait again after cancel (the save is happening now)', () => {
    const start = Date.now();
    const t = timer();
    for (let i = 0; i < 9; i++) {
      t.edited();
      vi.advanceTimersByTime(100);
    }
    t.cancel();
    expect(t.pending).toBe(false);
    t.edited();
    vi.advanceTimersByTime(500);
    expect(fired).toEqual([start + 1_400]);
  });

  it('never waits less than the pause, however short the maximum', () => {
    const t = new SaveTimer(() => fired.push(Date.now()), 10 * 60_000, 1_000);
    t.edited();
    vi.advanceTimersByTime(5 * 60_000);
    expect(fired).toEqual([]);
  });
});
