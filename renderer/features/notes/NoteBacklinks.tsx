import type { JSX } from 'react';
import type { Id, Note } from '../../../shared/model';
import { useNotes } from '../../db/hooks';
import { noteHref } from './NotesScreen';

type Props = { entityId?: Id; clipId?: Id; quoteId?: Id };

/** Notes that link the entity, clip or quote, most recently edited first. */
export function notesLinking(notes: Note[], { entityId, clipId, quoteId }: Props): Note[] {
  return notes.filter(
    (note) =>
      note.deletedAt === null &&
      ((entityId !== undefined && note.entityIds.includes(entityId)) ||
        (clipId !== undefined && note.clipIds.includes(clipId)) ||
        (quoteId !== undefined && note.quoteIds.includes(quoteId))),
  );
}

/**
 * "Notes that cite this", for an entity's or a clip's page: mount it with the
 * record's id; it updates live as notes are written.
 */
export function NoteBacklinks(props: Props): JSX.Element | null {
  const notes = useNotes();
  if (!notes) return null;
  const linking = notesLinking(notes, props);
  return (
    <section className="note-backlinks" aria-label="Notes">
      <h2>Notes</h2>
      {linking.length === 0 ? (
        <p className="note-backlinks-empty">No note links this yet.</p>
      ) : (
        <ul>
          {linking.map((note) => (
            <li key={note.id}>
              <a href={noteHref(note.id)}>{note.title.trim() || 'Untitled note'}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
