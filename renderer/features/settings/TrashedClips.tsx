import { useState } from 'react';
import type { Clip, Quote } from '../../../shared/model';
import { restoreClips } from '../../db/clips';
import { library } from '../../db/library';
import { deleteClipsForever } from '../../db/trash';
import { clipHref } from '../library/route';
import { Confirm } from './Confirm';

type Status = { text: string; href?: string };

/** The clips in the trash, newest first, each with Restore and Delete forever (after a confirmation). */
export function TrashedClips({ clips, quotes }: { clips: readonly Clip[]; quotes: readonly Quote[] }) {
  const [confirming, setConfirming] = useState<Clip | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const title = (clip: Clip) => `“${clip.title || 'Untitled clip'}”`;
  // The quotes that went to the trash with the clip come back with it, so the row counts them.
  const quotesWith = (clip: Clip) => quotes.filter((quote) => quote.clipId === clip.id && quote.deletedAt === clip.deletedAt).length;
  const fail = (error: unknown) => setStatus({ text: error instanceof Error ? error.message : String(error) });

  const restore = (clip: Clip) =>
    restoreClips(library(), [clip.id]).then(() => setStatus({ text: `${title(clip)} is back in the Library.`, href: clipHref(clip.id) }), fail);
  const deleteForever = (clip: Clip) => {
    setConfirming(null);
    deleteClipsForever(library(), [clip.id]).then(() => setStatus({ text: `${title(clip)} was deleted for good.` }), fail);
  };

  return (
    <>
      {clips.length > 0 ? <h3>Clips in the trash</h3> : null}
      {clips.length > 0 ? (
        <ul className="trashed-clips" aria-label="Clips in the trash">
          {clips.map((clip) => (
            <li key={clip.id} data-clip-id={clip.id}>
              <span className="trashed-title">{title(clip)}</span>
              <span className="muted">
                {[`trashed ${new Date(clip.deletedAt!).toLocaleString()}`, quotesWith(clip) > 0 ? `with ${quotesWith(clip)} quotes` : ''].filter(Boolean).join(' · ')}
              </span>
              <button type="button" onClick={() => void restore(clip)} aria-label={`Restore ${title(clip)}`}>
                Restore
              </button>
              <button type="button" className="danger" onClick={() => setConfirming(clip)} aria-label={`Delete ${title(clip)} forever`}>
                Delete forever
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <Confirm action="Delete forever" onCancel={() => setConfirming(null)} onConfirm={() => deleteForever(confirming)}>
          Delete {title(confirming)} and its quotes for good? This cannot be undone (a backup can still bring it back).
        </Confirm>
      ) : null}
      {status ? (
        <p role="status">
          {status.text} {status.href ? <a href={status.href}>Open it</a> : null}
        </p>
      ) : null}
    </>
  );
}
