import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../../shared/model';
import type { NoteDraft, NoteSaveResult } from '../../context';
import type { SaveStatus } from './note-saver';
import { NoteSaver } from './note-saver';

function storedNote(draft: NoteDraft, updatedAt: number): Note {
  return { ...draft, createdAt: 1, updatedAt, deletedAt: null };
}

/** A store that keeps one note and refuses writes based on an old version, like the real adapter. */
function makeStore(initialUpdatedAt: number) {
  let current = storedNote({ id: 'n1', title: '', content: '', text: '', quoteIds: [], entityIds: [], clipIds: [] }, initialUpdatedAt);
  let clock = initialUpdatedAt;
  const writes: NoteDraft[] = [];
  let failNext = 0;
  return {
    writes,
    failTimes: (count: number) => (failNext = count),
    writeElsewhere: () => (current = { ...current, title: 'theirs', updatedAt: (clock += 10) }),
    current: () => current,
    save: async (draft: NoteDraft, expected: number): Promise<NoteSaveResult> => {
      if (failNext > 0) {
        failNext -= 1;
        throw new Error('QuotaExceededError');
      }
      if (expected !== current.updatedAt) return { status: 'conflict', stored: current };
      writes.push(draft);
      current = storedNote(draft, (clock += 10));
      return { status: 'saved', note: current };
    },
  };
}

describe('NoteSaver', () => {
  let statuses: SaveStatus['state'][];
  let text: string;
  beforeEach(() => {
    vi.useFakeTimers();
    statuses = [];
    text = '';
  });
  afterEach(() => vi.useRealTimers());

  const makeSaver = (store: ReturnType<typeof makeStore>) =>
    new NoteSaver({
      baseUpdatedAt: store.current().updatedAt,
      delayMs: 500,
      retryDelaysMs: [1_000, 4_000],
      buildDraft: async () => ({ id: 'n1', title: 't', content: text, text, quoteIds: [], entityIds: [], clipIds: [] }),
      save: store.save,
      onStatus: (status) => statuses.push(status.state),
    });

  it('coalesces a burst of edits into one save 500 ms after the last', async () => {
    const store = makeStore(100);
    const saver = makeSaver(store);
    for (const chunk of ['a', 'ab', 'abc']) {
      text = chunk;
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(store.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(store.writes.map((draft) => draft.content)).toEqual(['abc']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('saves steady typing at least once a second, not only when it stops', async () => {
    const store = makeStore(100);
    const saver = makeSaver(store);
    // A minute of steady typing: a key every 100 ms, never the 500 ms pause the debounce waits for.
    for (let key = 1; key <= 600; key += 1) {
      text += 'x';
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(100);
      // Whatever the moment of a crash, at most the last second of typing (10 keys) is not stored.
      expect(store.current().content.length).toBeGreaterThanOrEqual(key - 10);
    }
    expect(store.writes.length).toBeGreaterThanOrEqual(59);
    await vi.advanceTimersByTimeAsync(500);
    expect(store.current().content).toBe(text);
  });

  it('lets each save keep a copy of what it is saving before it starts', async () => {
    const store = makeStore(100);
    const copies: string[] = [];
    const saver = new NoteSaver({
      baseUpdatedAt: 100,
      buildDraft: async () => ({ id: 'n1', title: 't', content: text, text, quoteIds: [], entityIds: [], clipIds: [] }),
      save: async (draft, expected) => {
        expect(copies.at(-1)).toBe(draft.content);
        return store.save(draft, expected);
      },
      onSaving: () => copies.push(text),
      onStatus: () => {},
    });
    text = 'kept before the write';
    saver.markDirty();
    await saver.flush();
    expect(copies).toEqual(['kept before the write']);
  });

  it('flushes at once without waiting for the debounce', async () => {
    const store = makeStore(100);
    const saver = makeSaver(store);
    text = 'typed then blurred';
    saver.markDirty();
    await saver.flush();
    expect(store.writes.map((draft) => draft.content)).toEqual(['typed then blurred']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.writes).toHaveLength(1);
  });

  it('reports a failed save and retries it until it succeeds', async () => {
    const store = makeStore(100);
    const saver = makeSaver(store);
    store.failTimes(2);
    text = 'precious';
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('failed');
    expect(saver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statuses.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(4_000);
    expect(statuses.at(-1)).toBe('saved');
    expect(store.current().content).toBe('precious');
  });

  it('refuses to overwrite a version saved by another window, until told to', async () => {
    const store = makeStore(100);
    const saver = makeSaver(store);
    store.writeElsewhere();
    text = 'mine';
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('conflict');
    expect(store.current().title).toBe('theirs');
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.writes).toHaveLength(0);

    await saver.overwrite();
    expect(store.current().content).toBe('mine');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('saves edits made while a save was in flight', async () => {
    const store = makeStore(100);
    const saver = makeSaver(store);
    text = 'first';
    saver.markDirty();
    const first = saver.flush();
    text = 'second';
    saver.markDirty();
    await first;
    await saver.flush();
    expect(store.writes.map((draft) => draft.content)).toEqual(['first', 'second']);
  });
});
