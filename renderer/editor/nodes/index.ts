import { CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode as BlockQuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { EntityMentionNode } from './EntityMentionNode';
import { QuoteNode } from './QuoteNode';

/** Every node a note may contain; the editor, tests and exports register the same list. */
export const NOTE_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  BlockQuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  QuoteNode,
  EntityMentionNode,
];
