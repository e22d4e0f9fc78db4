import { TRANSFORMERS } from '@lexical/markdown';
import { ClickableLinkPlugin } from '@lexical/react/LexicalClickableLinkPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { createEditor } from 'lexical';
import type { JSX, RefObject } from 'react';
import { useMemo } from 'react';
import type { Note } from '../../shared/model';
import { safeUrl } from '../../shared/export/safe-link';
import { NOTE_NODES } from './nodes';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import type { NoteSaver } from './plugins/AutosavePlugin/note-saver';
import { EntityMentionsPlugin } from './plugins/EntityMentionsPlugin';
import { InsertQuotePlugin } from './plugins/InsertQuotePlugin';
import { MentionNamesPlugin } from './plugins/MentionNamesPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { noteTheme } from './theme';

type Props = {
  note: Note;
  title: string;
  /** Serialized state to start from instead of the stored one (an unsaved local draft). */
  draftContent?: string | null;
  saverRef?: RefObject<NoteSaver | null>;
  editorRef?: RefObject<LexicalEditor | null>;
  onSaved?: (note: Note) => void;
  onReloadStored: () => void;
  autosaveDelayMs?: number;
};

/** Why a stored state cannot be loaded, or null when it can (an empty note can). */
export function unreadableReason(content: string): string | null {
  if (content.trim() === '') return null;
  try {
    createEditor({ namespace: 'quire-note-check', nodes: NOTE_NODES, onError: (error) => { throw error; } }).parseEditorState(content);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** One note's editor. Mount it with `key={note.id}` so switching notes flushes and starts fresh. */
export function NoteEditor({ note, title, draftContent, saverRef, editorRef, onSaved, onReloadStored, autosaveDelayMs }: Props): JSX.Element {
  const content = draftContent ?? note.content;
  const problem = useMemo(() => unreadableReason(content), [content]);
  if (problem) {
    // No editor, so no autosave can overwrite what is stored.
    return (
      <p className="note-save-status note-save-problem" role="alert">
        This note could not be opened ({problem}). It has not been changed; a backup or export keeps its stored text.
      </p>
    );
  }
  const initialConfig = {
    namespace: 'quire-note',
    nodes: NOTE_NODES,
    theme: noteTheme,
    editorState: content.trim() ? content : null,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="note-editor">
        <ToolbarPlugin />
        <div className="note-editor-body">
          <RichTextPlugin
            contentEditable={<ContentEditable className="note-content" aria-label="Note text" spellCheck />}
            placeholder={<p className="note-placeholder">Write… “/quote” cites a saved quote, “@” mentions an actor or treaty.</p>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {editorRef && <EditorRefPlugin editorRef={editorRef} />}
        <HistoryPlugin />
        <ListPlugin />
        {/* The exports' link rule: a link the editor takes is one every export keeps. */}
        <LinkPlugin validateUrl={(url) => safeUrl(url) !== null} />
        <ClickableLinkPlugin />
        <MarkdownShortcutPlugin transformers={TRANSFORMERS} />
        <InsertQuotePlugin />
        <EntityMentionsPlugin />
        <MentionNamesPlugin />
        <AutosavePlugin
          noteId={note.id}
          title={title}
          baseUpdatedAt={note.updatedAt}
          startsDirty={draftContent != null}
          saverRef={saverRef}
          onSaved={onSaved}
          onReloadStored={onReloadStored}
          delayMs={autosaveDelayMs}
        />
      </div>
    </LexicalComposer>
  );
}
