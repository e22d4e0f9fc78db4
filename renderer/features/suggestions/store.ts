/**
 * What the suggestions leave in the library. Quotes stay computed until
 * accepted, and rejected ones are kept per clip in a setting; mentions are
 * stored as they are found (mention-store.ts).
 */
import { describeQuote } from '../../../shared/anchor/anchor';
import { foldText } from '../../../shared/text/fold';
import type { Clip, Id, Quote } from '../../../shared/model';
import type { QuoteSuggestion } from '../../../shared/suggest';
import type { LibraryDb } from '../../db/db';
import { createEntity, findEntitiesByName, listEntities } from '../../db/entities';
import { createQuote } from '../../db/quotes';
import { getSetting, setSetting } from '../../db/settings';

export { pendingMentionGroups, storeSuggestedMentions } from './mention-store';
export { suggestAfterClip } from './cache';

export type RejectedQuote = { start: number; end: number; text: string };

export const rejectedQuotesKey = (clipId: Id) => `suggest:rejected:${clipId}`;

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

