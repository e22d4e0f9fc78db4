/**
 * Lexical's serialized editor state, read structurally: shared/ does not import
 * Lexical, and a stored note may come from an older version of the editor.
 */
export type JsonNode = { type: string; children?: JsonNode[]; [key: string]: unknown };

/** Node types the notes editor writes (see renderer/editor/nodes/). */
export const QUOTE_NODE_TYPE = 'quire-quote';
export const MENTION_NODE_TYPE = 'entity-mention';

function isJsonNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The root node of a serialized state (a JSON string or the parsed object), or null if it is not one. */
export function noteRoot(state: unknown): JsonNode | null {
  let value = state;
  if (typeof value === 'string') {
    if (value.trim() === '') return null;
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const root = (value as { root?: unknown } | null)?.root;
  return isJsonNode(root) ? root : null;
}

export function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? node.children.filter(isJsonNode) : [];
}

export function stringField(node: JsonNode, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

/** Depth-first, in document order. */
export function walkNodes(node: JsonNode, visit: (node: JsonNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) walkNodes(child, visit);
}
