import { EmptyState } from '../../app/EmptyState';
import { listClips } from '../../db/clips';
import { ClipActions } from '../clip-actions/ClipActions';
import { DemoBanner } from '../demo/DemoBanner';
import { ReaderScreen } from '../reader/ReaderScreen';
import { ClipList } from './ClipList';
import { ClipTrashHost } from './clip-trash';
import { useLive } from './library-db';
import { useSubRoute } from './route';

/** The Library: the list of clips, or (at `#/library/<clipId>`) one clip in the reader. */
export function LibraryScreen() {
  const { id, quoteId } = useSubRoute();
  // One trash host for the list and the reader, so the Undo of a clip trashed in the reader shows in the list it returns to.
  return <ClipTrashHost>{id ? <ReaderScreen key={id} clipId={id} quoteId={quoteId} /> : <LibraryList />}</ClipTrashHost>;
}

function LibraryList() {
  const clips = useLive((db) => listClips(db, { limit: 500 }), [], ['clips']);
  return (
    <>
      <header className="place-header">
        <h1>Library</h1>
        <ClipActions />
      </header>
      <DemoBanner />
      {clips.status === 'error' ? <p role="alert">The library could not be read: {clips.message}</p> : null}
      {clips.status === 'ready' && clips.value.length === 0 ? (
        <EmptyState title="Your library is empty">
          <p>Clip an article and it lands here, cleaned of the site’s clutter and readable offline.</p>
          <ul>
            <li>Paste a link or an article’s text</li>
            <li>Drop .html, .txt or .md files on the window</li>
          </ul>
        </EmptyState>
      ) : null}
      {clips.status === 'ready' && clips.value.length > 0 ? <ClipList clips={clips.value} /> : null}
    </>
  );
}
