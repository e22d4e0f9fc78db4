/**
 * Mentions of known entities, stored as 'suggested' as they are found: never
 * twice, and never over a rejection (a rejected alias stays rejected in its clip).
 */
import type { AliasMatch } from '../../../shared/entities/alias-matcher';
import type { Id, Mention } from '../../../shared/model';
import type { LibraryDb } from '../../db/db';
import { addMentions, listMentionsOfClip } from '../../db/mentions';

const mentionKey = (m: { entityId: string; start: number; end: number }) => `${m.entityId}:${m.start}:${m.end}`;
const aliasKey = (m: { entityId: string; text: string }) => `${m.entityId}:${m.text.toLowerCase()}`;

/** Per clip, one store at a time: the clip flow, the reader and the idle pass may store the same clip's mentions at once. */
const storing = new Map<Id, Promise<unknown>>();

/** Stores the matches not stored yet; returns how many were added. */
export function storeSuggestedMentions(db: LibraryDb, clipId: Id, matches: readonly AliasMatch[]): Promise<number> {
  const previous = storing.get(clipId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => storeNewMentions(db, clipId, matches));
  storing.set(clipId, next);
  void next.finally(() => storing.get(clipId) === next && storing.delete(clipId)).catch(() => undefined);
  return next;
}

async function storeNewMentions(db: LibraryDb, clipId: Id, matches: readonly AliasMatch[]): Promise<number> {
  const existing = await listMentionsOfClip(db, clipId);
  const known = new Set(existing.map(mentionKey));
  const rejectedAliases = new Set(existing.filter((m) => m.status === 'rejected').map(aliasKey));
  const fresh = matches.filter((m) => !known.has(mentionKey(m)) && !rejectedAliases.has(aliasKey(m)));
  if (fresh.length === 0) return 0;
  await addMentions(
    db,
    fresh.map((m) => ({ clipId, entityId: m.entityId, start: m.start, end: m.end, text: m.text })),
  );
  return fresh.length;
}

/** Mentions grouped by entity for the chips ("INF Treaty ×3"): only those still awaiting a decision. */
export function pendingMentionGroups(mentions: readonly Mention[]): { entityId: Id; mentions: Mention[] }[] {
  const groups = new Map<Id, Mention[]>();
  for (const m of mentions) {
    if (m.status !== 'suggested') continue;
    groups.set(m.entityId, [...(groups.get(m.entityId) ?? []), m]);
  }
  return [...groups].map(([entityId, list]) => ({ entityId, mentions: list }));
}
