import { describe, expect, it } from 'vitest';
import { countJournal, planImport } from './import-journal';
import type { ImportJournal } from './import-journal';

const file = (name: string, text: string, lastModified: number) => new File([text], name, { lastModified });

describe('planImport', () => {
  it('records every file as pending when nothing is on record', () => {
    const plan = planImport([file('a.txt', 'aa', 1), file('b.txt', 'b', 2)], null, 99);
    expect(plan.journal).toEqual({ startedAt: 99, entries: [{ name: 'a.txt', size: 2, lastModified: 1, status: 'pending' }, { name: 'b.txt', size: 1, lastModified: 2, status: 'pending' }] });
    expect(plan.todo.map((t) => [t.file.name, t.entry])).toEqual([['a.txt', 0], ['b.txt', 1]]);
    expect(plan.earlier).toEqual([]);
  });

  it('skips only files already clipped, matched by name, size and time once each; retries failed ones; adds new ones', () => {
    const previous: ImportJournal = {
      startedAt: 5,
      entries: [
        { name: 'a.txt', size: 2, lastModified: 1, status: 'done', clipId: 'c1', title: 'A' },
        { name: 'b.txt', size: 1, lastModified: 2, status: 'failed', message: 'broken' },
        { name: 'c.txt', size: 1, lastModified: 3, status: 'pending' },
      ],
    };
    const picked = [file('a.txt', 'aa', 1), file('a.txt', 'aa', 1), file('b.txt', 'b', 2), file('c.txt', 'c', 4), file('c.txt', 'c', 3)];
    const plan = planImport(picked, previous, 99);
    expect(plan.earlier).toEqual([{ name: 'a.txt', status: 'earlier', clipId: 'c1', title: 'A' }]);
    // The second a.txt, b.txt (failed before), c.txt with another time (another file) and the pending c.txt go in.
    expect(plan.todo.map((t) => [t.file.name, t.file.lastModified, t.entry])).toEqual([['a.txt', 1, 3], ['b.txt', 2, 1], ['c.txt', 4, 4], ['c.txt', 3, 2]]);
    expect(plan.journal.startedAt).toBe(5);
    expect(countJournal(plan.journal)).toEqual({ total: 5, settled: 1, done: 1, failed: 0, pending: 4 });
    expect(previous.entries[1]!.status).toBe('failed');
  });
});
