import { useState } from 'react';
import { useTrash } from '../../db/hooks';
import { library } from '../../db/library';
import { emptyTrash } from '../../db/trash';
import { clearLocalDraft } from '../../editor/plugins/AutosavePlugin/local-draft';
import { dropCommentDraftsOfDeletedQuotes } from '../quotes/comment-draft';
import { Confirm } from './Confirm';
import { TrashedClips } from './TrashedClips';

/** How much is in the trash, and emptying it for real. */
export function TrashSection() {
  const trash = useTrash();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const total = trash ? trash.clips.length + trash.quotes.length + trash.entities.length + trash.notes.length : 0;

  async function empty() {
    setConfirming(false);
    const noteIds = trash?.notes.map((note) => note.id) ?? [];
    try {
      const removed = await emptyTrash(library());
      // An unsaved draft a closing window left for a note (local-draft.ts) goes with the note: its text must not outlive it.
      noteIds.forEach(clearLocalDraft);
      await dropCommentDraftsOfDeletedQuotes(library());
      setMessage(`Deleted ${removed.clips} clips, ${removed.quotes} quotes, ${removed.entities} entries and ${removed.notes} notes for good.`);
    } catch (error) {
      setMessage((error as Error).message);
    }
  }

  return (
    <section className="panel" aria-labelledby="trash-heading">
      <h2 id="trash-heading">Trash</h2>
      <p data-testid="trash-summary">
        {trash === undefined
          ? 'Counting…'
          : total === 0
            ? 'The trash is empty.'
            : `${trash.clips.length} clips, ${trash.quotes.length} quotes, ${trash.entities.length} entries and ${trash.notes.length} notes are in the trash.`}
      </p>
      {trash ? <TrashedClips clips={trash.clips} quotes={trash.quotes} /> : null}
      <button type="button" disabled={total === 0} onClick={() => setConfirming(true)}>
        Empty trash
      </button>
      {confirming ? (
        <Confirm action="Delete for good" onCancel={() => setConfirming(false)} onConfirm={() => void empty()}>
          Delete the {total} items in the trash for good? This cannot be undone (a backup can still bring them back).
        </Confirm>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
