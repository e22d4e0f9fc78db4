import type { Entity } from '../model';
import type { JsonNode } from './lexical-json';
import { MENTION_NODE_TYPE, noteRoot, stringField, walkNodes } from './lexical-json';

/** The name a mention of `entityId` should show now, or null to keep the name it has. */
export type MentionNameOf = (entityId: string) => string | null;

/** Merges can chain (A into B, then B into C); a cycle can only come from damaged data. */
export const MAX_MERGE_HOPS = 16;

/**
 * The live entity a stored id stands for: itself, or the entry it was merged
 * into (following merges). Undefined when it is in the trash or unknown, so a
 * trashed entity's mention keeps the last name it showed.
 */
export function survivingEntity(id: string, lookup: (id: string) => Entity | undefined): Entity | undefined {
  let entity = lookup(id);
  for (let hops = 0; entity?.mergedInto && hops < MAX_MERGE_HOPS; hops += 1) entity = lookup(entity.mergedInto);
  return entity && entity.deletedAt === null && entity.mergedInto === null ? entity : undefined;
}

/**
 * A stored note with every mention showing its entity's current name. Notes
 * keep the id a mention was made with (a merge is undone exactly that way) and
 * the name as it was then; exports call this so they print today's names.
 * Returns `content` itself when nothing changes or it cannot be read.
 */
export function withMentionNames(content: string, nameOf: MentionNameOf): string {
  let state: unknown;
  try {
    state = JSON.parse(content);
  } catch {
    return content;
  }
  const root = noteRoot(state);
  if (!root) return content;
  let changed = false;
  walkNodes(root, (node: JsonNode) => {
    if (node.type !== MENTION_NODE_TYPE) return;
    const name = nameOf(stringField(node, 'entityId'));
    if (name === null || name === node.text) return;
    node.text = name;
    changed = true;
  });
  return changed ? JSON.stringify(state) : content;
}
