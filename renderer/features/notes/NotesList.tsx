import type { JSX } from 'react';
import { useMemo } from 'react';
import type { Id, Note } from '../../../shared/model';
import { foldText } from '../../../shared/text/fold';

type Props = {
  notes: Note[];
  selectedId: Id | null;
  filter: string;
  onFilter: (filter: string) => void;
  onSelect: (id: Id) => void;
  onCreate: () => void;
};

/** Live notes, most recently updated first, narrowed by every word of the filter (accent- and case-blind). */
export function visibleNotes(notes: Note[], filter: string): Note[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  return notes
    .filter((note) => note.deletedAt === null)
    .filter((note) => {
      if (words.length === 0) return true;
      const haystack = foldText(`${note.title}\n${note.text}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

function updatedLabel(ms: number): string {
  const date = new Date(ms);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleDateString();
}

export function NotesList({ notes, selectedId, filter, onFilter, onSelect, onCreate }: Props): JSX.Element {
  const shown = useMemo(() => visibleNotes(notes, filter), [notes, filter]);
  return (
    <aside className="notes-list" aria-label="Notes">
      <div className="notes-list-head">
        <input type="search" placeholder="Filter notes" aria-label="Filter notes" value={filter} onChange={(event) => onFilter(event.target.value)} />
        <button type="button" onClick={onCreate} title="New note">
          New note
        </button>
      </div>
      {shown.length === 0 && <p className="notes-list-empty">{filter ? 'No note matches.' : 'No notes yet.'}</p>}
      <ul>
        {shown.map((note) => (
          <li key={note.id}>
            <button type="button" className="notes-list-item" aria-current={note.id === selectedId ? 'true' : undefined} onClick={() => onSelect(note.id)}>
              <span className="notes-list-title">{note.title.trim() || 'Untitled note'}</span>
              <span className="notes-list-snippet">{note.text.slice(0, 120)}</span>
              <time className="notes-list-time">{updatedLabel(note.updatedAt)}</time>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
