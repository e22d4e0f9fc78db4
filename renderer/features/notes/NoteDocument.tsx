import type { LexicalEditor } from 'lexical';
import type { JSX, RefObject } from 'react';
import { useEffect, useState } from 'react';
import { useNoteLibrary } from '../../editor/context';
import { NoteEditor } from '../../editor/NoteEditor';
import { clearOlderDraft } from '../../editor/plugins/AutosavePlugin/local-draft';
import type { LocalDraft } from '../../editor/plugins/AutosavePlugin/local-draft';
import type { NoteSaver } from '../../editor/plugins/AutosavePlugin/note-saver';
import { saveExport, saveResultMessage } from '../../export/save-export';
import { useShell } from '../../shell';
import { DraftNotice } from './DraftNotice';
import { copyRichText, exportNote, markdownFileName } from './note-export';
import type { OpenNote } from './NotesScreen';

type Props = {
  open: OpenNote;
  saverRef: RefObject<NoteSaver | null>;
  editorRef: RefObject<LexicalEditor | null>;
  titleRef: RefObject<HTMLInputElement | null>;
  onReloadStored: () => void;
  onKeepDraft: (draft: LocalDraft) => void;
  onTrashed: () => void;
  /** A new note: the title is the first thing to type. */
  focusTitle?: boolean;
};

/** One open note: its title, export actions and editor. */
export function NoteDocument({ open, saverRef, editorRef, titleRef, onReloadStored, onKeepDraft, onTrashed, focusTitle }: Props): JSX.Element {
  const library = useNoteLibrary();
  const [title, setTitle] = useState(open.draftTitle ?? open.note.title);
  const [message, setMessage] = useState<string | null>(null);
  const shell = useShell();

  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle, titleRef]);

  // Another window saved this note while this one has nothing unsaved: show theirs.
  const noteId = open.note.id;
  useEffect(
    () =>
      library.subscribe(() => {
        void library.getNote(noteId).then((stored) => {
          const saver = saverRef.current;
          if (stored && saver && !saver.hasUnsavedChanges && stored.updatedAt > saver.baseVersion) onReloadStored();
        });
      }),
    [library, noteId, saverRef, onReloadStored],
  );

  const runExport = async (how: 'markdown' | 'copy') => {
    const editor = editorRef.current;
    if (!editor) return;
    try {
      const exported = await exportNote(editor, library, title);
      if (how === 'markdown') {
        // A save dialog on the desktop, a download in the browser: nothing is written where the user did not choose.
        const bytes = new TextEncoder().encode(exported.markdown);
        setMessage(saveResultMessage(await saveExport(shell, { name: markdownFileName(title), mime: 'text/markdown;charset=utf-8', bytes })));
        return;
      }
      await copyRichText(exported);
      setMessage('Copied as rich text.');
    } catch (error) {
      setMessage(`Could not ${how === 'markdown' ? 'export' : 'copy'} the note: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const moveToTrash = async () => {
    try {
      // Save first: the trash keeps the note as it was last seen.
      await saverRef.current?.flush();
      await library.trashNote(open.note.id);
      onTrashed();
    } catch (error) {
      setMessage(`Could not move the note to the trash: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <article className="note-document">
      <header className="note-header">
        <input
          ref={titleRef}
          className="note-title"
          aria-label="Note title"
          placeholder="Untitled note"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onBlur={() => void saverRef.current?.flush()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === 'ArrowDown') {
              event.preventDefault();
              editorRef.current?.focus();
            }
          }}
        />
        <div className="note-actions">
          <button type="button" onClick={() => void runExport('markdown')}>
            Export Markdown
          </button>
          <button type="button" onClick={() => void runExport('copy')}>
            Copy as rich text
          </button>
          <button type="button" onClick={() => void moveToTrash()}>
            Move to trash
          </button>
        </div>
      </header>
      <DraftNotice drafts={open.drafts} onKeep={onKeepDraft} onDiscard={() => clearOlderDraft(open.note.id)} />
      {message && (
        <p className="note-export-message" role="status">
          {message}
        </p>
      )}
      <NoteEditor
        note={open.note}
        title={title}
        draftContent={open.draftContent}
        saverRef={saverRef}
        editorRef={editorRef}
        onReloadStored={onReloadStored}
      />
    </article>
  );
}
