import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/model';
import { visibleNotes } from './NotesList';

function note(id: string, title: string, text: string, updatedAt: number, deletedAt: number | null = null): Note {
  return { id, title, text, updatedAt, deletedAt, createdAt: 1, content: '', quoteIds: [], entityIds: [], clipIds: [] };
}

const notes = [
  note('a', 'Arms control', 'New START was suspended in 2023.', 30),
  note('b', 'Sanctions', 'Export controls on chips.', 50),
  note('c', 'Über Verträge', 'Deutsch notes on the INF treaty.', 10),
  note('d', 'Trashed', 'New START too', 70, 99),
];

describe('visibleNotes', () => {
  it('lists live notes, most recently updated first', () => {
    expect(visibleNotes(notes, '').map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });

  it('keeps notes whose title or text has every word of the filter, ignoring case and accents', () => {
    expect(visibleNotes(notes, 'new start').map((n) => n.id)).toEqual(['a']);
    expect(visibleNotes(notes, 'uber treaty').map((n) => n.id)).toEqual(['c']);
    expect(visibleNotes(notes, 'control').map((n) => n.id)).toEqual(['b', 'a']);
    expect(visibleNotes(notes, 'nothing like this')).toEqual([]);
  });
});
