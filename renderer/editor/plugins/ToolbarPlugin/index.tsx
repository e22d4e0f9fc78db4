import { $isLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode as $createBlockQuoteNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import type { BaseSelection } from 'lexical';
import {
  $createParagraphNode,
  $getSelection,
  $setSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import type { JSX } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

const BLOCK_LABELS: Record<BlockType, string> = {
  paragraph: 'Text',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  quote: 'Block quote',
  bullet: 'Bulleted list',
  number: 'Numbered list',
};

type ToolbarState = { block: BlockType; bold: boolean; italic: boolean; link: boolean };

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  const list = $getNearestNodeOfType(anchor, ListNode);
  let block: BlockType = 'paragraph';
  if (list && $isListNode(list)) block = list.getListType() === 'number' ? 'number' : 'bullet';
  else if ($isHeadingNode(top)) block = (['h1', 'h2', 'h3'].includes(top.getTag()) ? top.getTag() : 'h3') as BlockType;
  else if (top.getType() === 'quote') block = 'quote';
  const link = $isLinkNode(anchor.getParent()) || $isLinkNode(anchor);
  return { block, bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), link };
}

/** A small toolbar: block type, bold, italic, link, undo and redo. Shortcuts do the same from the keyboard. */
export function ToolbarPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({ block: 'paragraph', bold: false, italic: false, link: false });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          if (next) setState(next);
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const setBlock = useCallback(
    (block: BlockType) => {
      if (block === 'bullet') return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      if (block === 'number') return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      editor.update(() => {
        const selection = $getSelection();
        if (block === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
        else if (block === 'quote') $setBlocksType(selection, () => $createBlockQuoteNode());
        else $setBlocksType(selection, () => $createHeadingNode(block));
      });
    },
    [editor],
  );

  // Electron has no window.prompt, so the URL is asked for inline; the editor's
  // selection is kept aside because focusing the URL field takes it away.
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const linkTarget = useRef<BaseSelection | null>(null);
  const toggleLink = () => {
    if (state.link) return editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    linkTarget.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setLinkDraft('https://');
  };
  const applyLink = () => {
    const url = linkDraft?.trim() ?? '';
    setLinkDraft(null);
    editor.update(() => {
      if (linkTarget.current) $setSelection(linkTarget.current.clone());
      if (/^(https?:\/\/.+|mailto:.+)/i.test(url)) $toggleLink(url);
    });
    editor.focus();
  };

  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      <select aria-label="Block type" value={state.block} onChange={(event) => setBlock(event.target.value as BlockType)}>
        {(Object.keys(BLOCK_LABELS) as BlockType[]).map((block) => (
          <option key={block} value={block}>
            {BLOCK_LABELS[block]}
          </option>
        ))}
      </select>
      <button type="button" aria-pressed={state.bold} title="Bold (Ctrl+B)" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <b>B</b>
      </button>
      <button type="button" aria-pressed={state.italic} title="Italic (Ctrl+I)" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <i>I</i>
      </button>
      <button type="button" aria-pressed={state.link} title="Link" onClick={toggleLink}>
        Link
      </button>
      {linkDraft !== null && (
        <input
          className="note-link-input"
          aria-label="Link URL"
          autoFocus
          value={linkDraft}
          onChange={(event) => setLinkDraft(event.target.value)}
          onKeyDown={(event) => {
            // Without preventDefault the Enter would land in the editor once it has focus again.
            if (event.key === 'Enter') {
              event.preventDefault();
              applyLink();
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              setLinkDraft(null);
              editor.focus();
            }
          }}
          onBlur={() => setLinkDraft(null)}
        />
      )}
      <button type="button" disabled={!canUndo} title="Undo (Ctrl+Z)" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        Undo
      </button>
      <button type="button" disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        Redo
      </button>
    </div>
  );
}
