import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor, PointType } from 'lexical';
import { $addUpdateTag, $getNodeByKey, $getSelection, $isRangeSelection, $nodesOfType, COMPOSITION_END_TAG, HISTORY_MERGE_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect } from 'react';
import type { Id } from '../../../../shared/model';
import { useNoteLibrary } from '../../context';
import { $isEntityMentionNode, EntityMentionNode } from '../../nodes/EntityMentionNode';

/**
 * Tags the updates that bring mentions up to date: they are not the user's
 * edits, so autosave leaves the note alone (a rename must not make every open
 * note "just edited") and undo never steps back to an old name.
 */
export const MENTION_NAMES_TAG = 'quire-mention-names';

/** Current names by the id a mention stores; ids missing here keep the name they show. */
export type MentionNames = ReadonlyMap<Id, string>;

function $staleMentions(names: MentionNames): EntityMentionNode[] {
  return $nodesOfType(EntityMentionNode).filter((node) => {
    const name = names.get(node.getEntityId());
    return name !== undefined && name !== node.getTextContent();
  });
}

/** A token is whole: a caret on it sits before or after it, never inside. True when the point was on it. */
function $keepPointOnEdge(point: PointType, node: EntityMentionNode, oldLength: number): boolean {
  if (point.key !== node.getKey()) return false;
  point.set(point.key, point.offset >= oldLength ? node.getTextContentSize() : 0, 'text');
  return true;
}

/** Renames the node; true when the caret was on it and moved with it. */
function $rename(node: EntityMentionNode, name: string): boolean {
  const oldLength = node.getTextContentSize();
  node.setTextContent(name);
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const anchorMoved = $keepPointOnEdge(selection.anchor, node, oldLength);
  return $keepPointOnEdge(selection.focus, node, oldLength) || anchorMoved;
}

/** Gives every mention in the editor its entity's current name, in one update outside the undo history. */
export function applyMentionNames(editor: LexicalEditor, names: MentionNames): void {
  // Changing the document under an IME composition breaks it; the plugin retries when it ends.
  if (editor.isComposing()) return;
  if (!editor.getEditorState().read(() => $staleMentions(names).length > 0)) return;
  editor.update(
    () => {
      let caretMoved = false;
      for (const node of $staleMentions(names)) caretMoved = $rename(node, names.get(node.getEntityId())!) || caretMoved;
      // Leave the page's selection (and focus) alone unless the caret sat on a renamed mention and must follow it.
      if (!caretMoved) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
    },
    { tag: [MENTION_NAMES_TAG, HISTORY_MERGE_TAG] },
  );
}

/**
 * Keeps mentions showing their entity's current name: after a rename, after a
 * merge (the mention keeps its id and shows the surviving entry, so undoing the
 * merge gives it back its own), after undo brings back an older state, and for
 * mentions pasted in. A trashed entity's mention keeps its last name.
 */
export function MentionNamesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const library = useNoteLibrary();

  useEffect(() => {
    let names: MentionNames = new Map();
    let resolved = new Set<Id>();
    let latest = 0;
    let live = true;

    const refresh = async () => {
      const run = (latest += 1);
      const ids = editor.getEditorState().read(() => [...new Set($nodesOfType(EntityMentionNode).map((node) => node.getEntityId()))]);
      if (ids.length === 0) return;
      const targets = await library.resolveMentions(ids);
      if (!live || run !== latest) return;
      names = new Map([...targets].map(([id, target]) => [id, target.name]));
      resolved = new Set(ids);
      applyMentionNames(editor, names);
    };
    const report = (error: unknown) => console.error('Could not bring mention names up to date', error);

    const unregister = mergeRegister(
      editor.registerMutationListener(
        EntityMentionNode,
        (mutations, { updateTags }) => {
          if (updateTags.has(MENTION_NAMES_TAG)) return;
          const unknown = editor.getEditorState().read(() =>
            [...mutations].some(([key, mutation]) => {
              const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
              return $isEntityMentionNode(node) && !resolved.has(node.getEntityId());
            }),
          );
          if (unknown) void refresh().catch(report);
          else applyMentionNames(editor, names);
        },
        { skipInitialization: false },
      ),
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has(COMPOSITION_END_TAG)) applyMentionNames(editor, names);
      }),
      library.subscribe(() => void refresh().catch(report)),
    );
    return () => {
      live = false;
      unregister();
    };
  }, [editor, library]);

  return null;
}
