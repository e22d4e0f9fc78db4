/**
 * What the suggestions leave in the library. Mentions of known entities are
 * stored as 'suggested' mentions (never twice, never over a rejection); quotes
 * stay computed until accepted, and rejected ones are kept per clip in a setting.
 */
import { describeQuote } from '../../../shared/anchor/anchor';
import { foldText } from '../../../shared/text/fold';
import type { Clip, Entity, Id, Mention, Quote } from '../../../shared/model';
import type { AliasMatch } from '../../../shared/entities/alias-matcher';
import type { QuoteSuggestion, Suggestions } from '../../../shared/suggest';
import type { LibraryDb } from '../../db/db';
import { createEntity, findEntitiesByName, listEntities } from '../../db/entities';
import { addMentions, listMentionsOfClip } from '../../db/mentions';
import { createQuote } from '../../db/quotes';
import { getSetting, setSetting } from '../../db/settings';
import { catalogSnapshot, suggester } from '../../suggest/client';

export type RejectedQuote = { start: number; end: number; text: string };

export const rejectedQuotesKey = (clipId: Id) => `suggest:rejected:${clipId}`;

const mentionKey = (m: { entityId: string; start: number; end: number }) => `${m.entityId}:${m.start}:${m.end}`;
/** A rejected alias of an entity stays rejected everywhere in that clip. */
const aliasKey = (m: { entityId: string; text: string }) => `${m.entityId}:${m.text.toLowerCase()}`;

/** Per clip, one store at a time: the clip flow and the reader may both store the same clip's mentions at once. */
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

/** Runs the suggester in its worker for a clip and stores the mentions it found. */
export async function refreshSuggestions(db: LibraryDb, clip: Pick<Clip, 'id' | 'text'>, entities: readonly Entity[]): Promise<Suggestions> {
  const suggestions = await suggester().suggest(clip.text, catalogSnapshot(entities));
  await storeSuggestedMentions(db, clip.id, suggestions.mentions);
  return suggestions;
}

export function listRejectedQuotes(db: LibraryDb, clipId: Id): Promise<RejectedQuote[]> {
  return getSetting<RejectedQuote[]>(db, rejectedQuotesKey(clipId), []);
}

export async function rejectQuoteSuggestion(db: LibraryDb, clipId: Id, quote: RejectedQuote): Promise<void> {
  const rejected = await listRejectedQuotes(db, clipId);
  if (rejected.some((r) => sameQuote(r, quote))) return;
  await setSetting(db, rejectedQuotesKey(clipId), [...rejected, { start: quote.start, end: quote.end, text: quote.text }]);
}

/** Same passage: same text, or the same span (the text may have been re-cleaned around it). */
export function sameQuote(a: RejectedQuote, b: RejectedQuote): boolean {
  return a.text === b.text || (a.start === b.start && a.end === b.end);
}

/** Makes a suggested quote real: its speaker (created as a person if the catalog lacks them) and the entities it names. */
export async function acceptQuoteSuggestion(
  db: LibraryDb,
  clip: Pick<Clip, 'id' | 'text'>,
  suggestion: QuoteSuggestion,
  speakerNames: readonly string[] = [],
): Promise<Quote> {
  const speakerId = suggestion.speakerEntityId ?? (suggestion.speaker ? await personFor(db, suggestion.speaker.name, speakerNames) : null);
  return createQuote(db, {
    clipId: clip.id,
    text: clip.text.slice(suggestion.start, suggestion.end),
    selector: describeQuote(clip.text, suggestion.start, suggestion.end),
    speakerId,
    entityIds: suggestion.entityIds,
  });
}

const lastWord = (name: string) => foldText(name.trim().split(/\s+/).at(-1) ?? '');

/**
 * The person an unknown speaker is: one already in the library under that name
 * or surname ("Blinken" after "Antony Blinken" was added), else a new person under
 * the fullest name the clip gives them.
 */
async function personFor(db: LibraryDb, name: string, speakerNames: readonly string[]): Promise<Id> {
  const exact = (await findEntitiesByName(db, name)).find((e) => e.kind === 'person' && e.mergedInto === null);
  if (exact) return exact.id;
  const single = !/\s/.test(name.trim());
  if (single) {
    const bySurname = (await listEntities(db, 'person')).filter((e) => e.mergedInto === null && lastWord(e.name) === lastWord(name));
    if (bySurname.length === 1) return bySurname[0]!.id;
  }
  const fuller = single ? speakerNames.filter((n) => /\s/.test(n.trim()) && lastWord(n) === lastWord(name)) : [];
  const chosen = fuller.length > 0 ? fuller.reduce((a, b) => (b.length > a.length ? b : a)) : name;
  if (chosen !== name) {
    const known = (await findEntitiesByName(db, chosen)).find((e) => e.kind === 'person' && e.mergedInto === null);
    if (known) return known.id;
  }
  return (await createEntity(db, { name: chosen, kind: 'person', aliases: chosen === name ? [] : [name] })).id;
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

/**
 * Right after a clip is stored: its mentions are suggested before the reader
 * opens. Best effort: the reader computes them again on opening, so a failure
 * here only delays them.
 */
export function suggestAfterClip(db: LibraryDb, clip: Pick<Clip, 'id' | 'text'>): void {
  listEntities(db)
    .then((entities) => refreshSuggestions(db, clip, entities))
    .catch((error: unknown) => console.warn('Suggestions after clipping failed; the reader will retry.', error));
}
