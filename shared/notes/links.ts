import type { JsonNode } from './lexical-json';
import { childrenOf, MENTION_NODE_TYPE, noteRoot, QUOTE_NODE_TYPE, stringField, walkNodes } from './lexical-json';

export type NoteLinks = { quoteIds: string[]; entityIds: string[] };

/** The quotes and entities a note links, each once, in document order. */
export function extractLinks(state: unknown): NoteLinks {
  const quoteIds = new Set<string>();
  const entityIds = new Set<string>();
  const root = noteRoot(state);
  if (root) {
    walkNodes(root, (node) => {
      if (node.type === QUOTE_NODE_TYPE) addId(quoteIds, stringField(node, 'quoteId'));
      if (node.type === MENTION_NODE_TYPE) addId(entityIds, stringField(node, 'entityId'));
    });
  }
  return { quoteIds: [...quoteIds], entityIds: [...entityIds] };
}

function addId(ids: Set<string>, id: string): void {
  if (id !== '') ids.add(id);
}

/** Text of a quote for the note's plain text, or null to leave it out. */
export type QuoteTextResolver = (quoteId: string) => string | null;

/**
 * The note's plain text for search and previews: one line per block (heading,
 * paragraph, list item, quote), mentions as their names, and an embedded quote
 * as its text when `quoteText` knows it.
 */
export function noteText(state: unknown, quoteText: QuoteTextResolver = () => null): string {
  const root = noteRoot(state);
  if (!root) return '';
  const lines: string[] = [];
  collectLines(root, quoteText, lines);
  return lines.filter((line) => line.trim() !== '').join('\n');
}

const BLOCK_CONTAINERS = new Set(['root', 'list', 'quote']);

function collectLines(node: JsonNode, quoteText: QuoteTextResolver, lines: string[]): void {
  for (const child of childrenOf(node)) {
    if (child.type === QUOTE_NODE_TYPE) {
      lines.push(quoteText(stringField(child, 'quoteId')) ?? '');
    } else if (BLOCK_CONTAINERS.has(child.type)) {
      collectLines(child, quoteText, lines);
    } else if (child.type === 'listitem' && childrenOf(child).some((c) => c.type === 'list')) {
      collectLines(child, quoteText, lines);
    } else {
      lines.push(inlineText(child));
    }
  }
}

function inlineText(node: JsonNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(inlineText).join('');
}
