import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { HISTORY_MERGE_TAG } from 'lexical';
import type { JSX, RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Note } from '../../../../shared/model';
import { extractLinks, noteText } from '../../../../shared/notes/links';
import type { NoteDraft, NoteLibrary, QuoteView } from '../../context';
import { useNoteLibrary } from '../../context';
import { MENTION_NAMES_TAG } from '../MentionNamesPlugin';
import { clearLocalDraft, writeLocalDraft } from './local-draft';
import type { SaveStatus } from './note-saver';
import { NoteSaver } from './note-saver';
import { SaveStatusBar } from './SaveStatusBar';

export type { SaveStatus };
export { NoteSaver };

type Props = {
  noteId: string;
  title: string;
  /** The stored note's `updatedAt` when it was loaded. */
  baseUpdatedAt: number;
  /** True when the editor starts from a local draft that is not stored yet. */
  startsDirty?: boolean;
  /** Lets the screen flush (title blur, switching notes). */
  saverRef?: RefObject<NoteSaver | null>;
  onSaved?: (note: Note) => void;
  /** After a conflict, the user chose to load the other window's version. */
  onReloadStored: () => void;
  delayMs?: number;
};

export async function buildNoteDraft(editor: LexicalEditor, library: NoteLibrary, noteId: string, title: string): Promise<NoteDraft> {
  const state = editor.getEditorState().toJSON();
  const links = extractLinks(state);
  const { quoteIds } = links;
  // A mention keeps the id it was made with; the note links the entry it stands for now (merges repoint note links).
  const targets = await library.resolveMentions(links.entityIds);
  const entityIds = [...new Set(links.entityIds.map((id) => targets.get(id)?.id ?? id))];
  const views = await Promise.all(quoteIds.map((id) => library.getQuoteView(id).catch(() => null)));
  const found = new Map(views.filter((view): view is QuoteView => view !== null).map((view) => [view.id, view]));
  const clipIds = [...new Set([...found.values()].map((view) => view.clipId))];
  const text = noteText(state, (id) => found.get(id)?.text ?? null);
  return { id: noteId, title, content: JSON.stringify(state), text, quoteIds, entityIds, clipIds };
}

function keepLocalDraft(editor: LexicalEditor, noteId: string, title: string, baseUpdatedAt: number): void {
  const content = JSON.stringify(editor.getEditorState().toJSON());
  writeLocalDraft(noteId, { title, content, baseUpdatedAt, writtenAt: Date.now() });
}

type EditorUpdate = Parameters<Parameters<LexicalEditor['registerUpdateListener']>[0]>[0];

/** Whether an update is the user's edit, worth a save (and a newer updatedAt). */
function changesContent({ dirtyElements, dirtyLeaves, editorState, prevEditorState, tags }: EditorUpdate): boolean {
  if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return false;
  // A mention catching up with a rename or merge shows the library's state; it is not an edit of the note.
  if (tags.has(MENTION_NAMES_TAG)) return false;
  // Plugins registering node transforms mark every node dirty while the note opens, changing nothing.
  if (tags.has(HISTORY_MERGE_TAG)) return JSON.stringify(editorState.toJSON()) !== JSON.stringify(prevEditorState.toJSON());
  return true;
}

/**
 * Saves the note ~500 ms after the last edit and at least every second while
 * typing goes on, and at once on blur, on switching notes (unmount) and when
 * the window closes. Each save first leaves a local draft, cleared once the
 * save is stored, so a crash mid-save leaves the text to offer back on the next
 * start (NotesScreen). Shows every save problem.
 */
export function AutosavePlugin({ noteId, title, baseUpdatedAt, startsDirty, saverRef, onSaved, onReloadStored, delayMs }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const library = useNoteLibrary();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: baseUpdatedAt });
  const titleRef = useRef(title);
  const onSavedRef = useRef(onSaved);
  const [saver] = useState(() => {
    const created: NoteSaver = new NoteSaver({
      baseUpdatedAt,
      delayMs,
      buildDraft: () => buildNoteDraft(editor, library, noteId, titleRef.current),
      save: (draft, expected) => library.saveNote(draft, expected),
      onSaving: () => keepLocalDraft(editor, noteId, titleRef.current, created.baseVersion),
      onStatus: setStatus,
      onSaved: (note) => {
        clearLocalDraft(noteId);
        onSavedRef.current?.(note);
      },
    });
    return created;
  });

  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  useEffect(() => {
    if (titleRef.current === title) return;
    titleRef.current = title;
    saver.markDirty();
  }, [title, saver]);

  useEffect(() => {
    if (saverRef) saverRef.current = saver;
    if (startsDirty) saver.markDirty();
    const keepDraft = () => keepLocalDraft(editor, noteId, titleRef.current, saver.baseVersion);
    const onUnload = () => {
      if (!saver.hasUnsavedChanges) return;
      keepDraft();
      void saver.flush();
    };
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    const unregister = mergeRegister(
      editor.registerUpdateListener((update) => {
        if (changesContent(update)) saver.markDirty();
      }),
      editor.registerRootListener((root, previous) => {
        const onBlur = () => void saver.flush();
        previous?.removeEventListener('focusout', onBlur);
        root?.addEventListener('focusout', onBlur);
      }),
    );
    return () => {
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
      unregister();
      // Closing the note: if this last save fails, keep the edits for the next time it opens.
      void saver.flush().finally(() => {
        if (saver.hasUnsavedChanges) keepDraft();
        saver.dispose();
      });
      if (saverRef) saverRef.current = null;
    };
  }, [editor, saver, saverRef, noteId, startsDirty]);

  return <SaveStatusBar status={status} onRetry={() => void saver.flush()} onOverwrite={() => void saver.overwrite()} onReload={onReloadStored} />;
}
