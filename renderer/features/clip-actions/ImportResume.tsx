import { useEffect, useRef, useState } from 'react';
import { clipHref } from '../library/route';
import { countJournal } from './import-journal';
import type { ImportJournal, JournalEntry } from './import-journal';
import './import-resume.css';

type Props = { journal: ImportJournal; onResume: () => void; onDismiss: () => void };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** After a bulk import stopped before its end: what happened, and a way to go on with it. */
export function ImportResumeNotice({ journal, onResume, onDismiss }: Props) {
  const [listing, setListing] = useState(false);
  const { total, settled, done } = countJournal(journal);
  return (
    <aside className="import-resume" aria-label="Unfinished import">
      <p>
        <strong>
          An import of {plural(total, 'file')} stopped after {settled}.
        </strong>{' '}
        To go on, pick or drop the same files again{done > 0 ? `: the ${plural(done, 'file')} already imported are skipped` : ''}.
      </p>
      <div className="gate-actions">
        <button type="button" className="primary" onClick={onResume}>
          Resume import
        </button>
        <button type="button" onClick={() => setListing(true)}>
          Show the list
        </button>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {listing ? <ImportJournalList journal={journal} onClose={() => setListing(false)} /> : null}
    </aside>
  );
}

const STATUS: Record<JournalEntry['status'], string> = { done: 'Imported', failed: 'Failed', pending: 'Not imported yet' };

/** Every file of the stopped import with what became of it. */
function ImportJournalList({ journal, onClose }: { journal: ImportJournal; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { done, failed, pending } = countJournal(journal);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-journal-title" onClose={onClose}>
      <h2 id="import-journal-title">The import started {new Date(journal.startedAt).toLocaleString()}</h2>
      <p role="status">
        {done} imported · {failed} failed · {pending} not imported yet
      </p>
      <ol className="import-results">
        {journal.entries.map((entry, index) => (
          <li key={index} className={`import-${entry.status}`}>
            <span className="import-name">{entry.name}</span> <span className="import-status">{STATUS[entry.status]}</span>{' '}
            {entry.status === 'done' ? (
              <a href={clipHref(entry.clipId)} onClick={() => dialog.current?.close()}>
                {entry.title || 'Untitled clip'}
              </a>
            ) : null}
            {entry.status === 'failed' ? <span className="import-reason">{entry.message}</span> : null}
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
