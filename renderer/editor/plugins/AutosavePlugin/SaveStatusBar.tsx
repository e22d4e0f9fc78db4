import type { JSX } from 'react';
import type { SaveStatus } from './note-saver';

type Props = { status: SaveStatus; onRetry: () => void; onOverwrite: () => void; onReload: () => void };

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Says where the note's saving stands; failures and conflicts ask for attention. */
export function SaveStatusBar({ status, onRetry, onOverwrite, onReload }: Props): JSX.Element {
  switch (status.state) {
    case 'saved':
      return <p className="note-save-status" role="status">Saved {time(status.at)}</p>;
    case 'unsaved':
      return <p className="note-save-status" role="status">Unsaved changes…</p>;
    case 'saving':
      return <p className="note-save-status" role="status">Saving…</p>;
    case 'failed':
      return (
        <div className="note-save-status note-save-problem" role="alert">
          Could not save this note: {status.message}. Your text is kept here; retrying in {Math.round(status.retryInMs / 1000)} s.
          <button type="button" onClick={onRetry}>
            Retry now
          </button>
        </div>
      );
    case 'conflict':
      return (
        <div className="note-save-status note-save-problem" role="alert">
          This note was changed in another window at {time(status.stored.updatedAt)}. Your edits here are not saved yet.
          <button type="button" onClick={onOverwrite}>
            Keep my version
          </button>
          <button type="button" onClick={onReload}>
            Load the other version
          </button>
        </div>
      );
  }
}
