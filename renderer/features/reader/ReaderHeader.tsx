import { useState } from 'react';
import { isWebUrl } from '../../../shared/clip/web-url';
import type { Clip, ReadState } from '../../../shared/model';
import { updateClip } from '../../db/clips';
import { ExportActions } from '../../export/ExportActions';
import { useTrashClips } from '../library/clip-trash';
import { useLibraryDb } from '../library/library-db';
import { formatDate } from './format-date';

const STATES: { value: ReadState; label: string }[] = [
  { value: 'unread', label: 'Unread' },
  { value: 'read', label: 'Read' },
  { value: 'archived', label: 'Archived' },
];

export function ReaderHeader({ clip }: { clip: Clip }) {
  const db = useLibraryDb();
  const trash = useTrashClips();
  const [trashError, setTrashError] = useState<string | null>(null);
  const moveToTrash = async () => {
    const failure = await trash([clip]);
    setTrashError(failure);
    if (!failure) window.location.hash = '#/library';
  };
  // Only a web address is a link: a clip stored before addresses were checked may hold anything.
  const source = [clip.canonicalUrl, clip.url].find(isWebUrl) ?? '';
  const setState = (readState: ReadState) => {
    updateClip(db, clip.id, { readState }).catch((error: unknown) => console.error('Saving the read state failed:', error));
  };
  // Many sites name themselves as the author: say it once.
  const facts = [...new Set([clip.byline, clip.siteName, formatDate(clip.publishedAt)])].filter((part) => part !== '');
  return (
    <header className="reader-header">
      <a className="reader-back" href="#/library">
        ← Library
      </a>
      <h1 className="reader-title">{clip.title || 'Untitled clip'}</h1>
      <p className="reader-meta">
        {facts.join(' · ')}
        {source ? (
          <>
            {facts.length > 0 ? ' · ' : ''}
            <a href={source} target="_blank" rel="noopener noreferrer" className="reader-source">
              Open the source
            </a>
          </>
        ) : null}
      </p>
      <div className="segmented" role="radiogroup" aria-label="Reading state">
        {STATES.map((state) => (
          <button
            key={state.value}
            type="button"
            role="radio"
            aria-checked={clip.readState === state.value}
            className={clip.readState === state.value ? 'on' : ''}
            onClick={() => setState(state.value)}
          >
            {state.label}
          </button>
        ))}
      </div>
      <div className="reader-export">
        <ExportActions selection={{ kind: 'clip', id: clip.id }} />
        <button type="button" className="danger reader-trash" onClick={() => void moveToTrash()}>
          Move to trash
        </button>
      </div>
      {trashError ? (
        <p role="alert" className="error-text">
          {trashError}
        </p>
      ) : null}
    </header>
  );
}
