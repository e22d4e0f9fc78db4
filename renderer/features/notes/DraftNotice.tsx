import type { JSX } from 'react';
import { useState } from 'react';
import type { LocalDraft, NoteDrafts } from '../../editor/plugins/AutosavePlugin/local-draft';

type Props = {
  drafts: NoteDrafts | undefined;
  /** Keep the older draft as a note of its own: nothing is written over the saved text. */
  onKeep: (draft: LocalDraft) => void;
  onDiscard: () => void;
};

const when = (draft: LocalDraft) =>
  draft.writtenAt > 0 ? new Date(draft.writtenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : 'an earlier session';

/** What the last session typed and could not save, offered back as the note opens. */
export function DraftNotice({ drafts, onKeep, onDiscard }: Props): JSX.Element | null {
  const [seen, setSeen] = useState({ restored: false, older: false });
  const restored = seen.restored ? null : (drafts?.restored ?? null);
  const older = seen.older ? null : (drafts?.older ?? null);
  if (!restored && !older) return null;
  return (
    <div className="note-draft-notice" role="status">
      {restored && (
        <p>
          Restored what was typed here ({when(restored)}) and not saved before Quire closed.{' '}
          <button type="button" onClick={() => setSeen((s) => ({ ...s, restored: true }))}>
            OK
          </button>
        </p>
      )}
      {older && (
        <p>
          Unsaved typing from {when(older)} was found, made before this note was last saved.{' '}
          <button type="button" onClick={() => onKeep(older)}>
            Open it as a new note
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setSeen((s) => ({ ...s, older: true }));
              onDiscard();
            }}
          >
            Discard it
          </button>
        </p>
      )}
    </div>
  );
}
