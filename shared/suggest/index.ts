/**
 * Suggestions for a clip: its quotes with their speakers, the catalog
 * entities it mentions, and new entities worth adding. Pure and synchronous:
 * the renderer runs it in a worker at clip time and when the catalog changes.
 * It only suggests; accepting and rejecting belong to the UI and the database.
 */
import type { Entity, EntityKind } from '../model';
import { buildAliasMatcher, type AliasMatch, type AliasMatcher, type CatalogEntry } from '../entities/alias-matcher';
import { GAZETTEER } from '../entities/gazetteer';
import { findCandidates, type Candidate } from './candidates';
import { findQuotes, type FoundQuote } from './quotes';

export type { Candidate } from './candidates';
export type { FoundQuote, FoundSpeaker } from './quotes';

export type Catalog = { entries: readonly CatalogEntry[]; matcher: AliasMatcher };

export type QuoteSuggestion = FoundQuote & {
  /** The catalog entity the speaker's name matched, or null. */
  speakerEntityId: string | null;
  /** Catalog entities named inside the quote (treaties, states...), for tagging. */
  entityIds: string[];
};

export type Suggestions = { quotes: QuoteSuggestion[]; mentions: AliasMatch[]; candidates: Candidate[] };

/** Build once per catalog change; matching a clip is then linear in its text. */
export function buildCatalog(entries: readonly CatalogEntry[]): Catalog {
  return { entries, matcher: buildAliasMatcher(entries) };
}

/** The live entities of a library (trashed and merged ones left out). */
export function catalogFromEntities(entities: readonly Entity[]): Catalog {
  return buildCatalog(entities.filter((e) => e.deletedAt === null && e.mergedInto === null));
}

/** The starter gazetteer alone, keyed by its stable keys: for a library not stored yet, and for tests. */
export function gazetteerCatalog(): Catalog {
  return buildCatalog(GAZETTEER.map((e) => ({ id: e.key, kind: e.kind, name: e.name, aliases: e.aliases })));
}

/** The entity a name refers to: persons first, then anything whose alias covers most of the name. */
function entityForName(catalog: Catalog, name: string): CatalogEntry | undefined {
  const matches = catalog.matcher.match(name);
  const entries = matches.map((m) => ({ m, entry: catalog.matcher.entry(m.entityId)! }));
  const person = entries.find(({ entry }) => entry.kind === 'person');
  if (person) return person.entry;
  const whole = entries.find(({ m }) => m.end - m.start >= name.replace(/^(?:the|a|an)\s+/i, '').length * 0.6);
  return whole?.entry;
}

export function suggestForClip(text: string, catalog: Catalog): Suggestions {
  const mentions = catalog.matcher.match(text);
  // Pronoun resolution asks about the same few names again and again: look each up once.
  const kinds = new Map<string, EntityKind | undefined>();
  const kindOf = (name: string): EntityKind | undefined => {
    if (!kinds.has(name)) kinds.set(name, entityForName(catalog, name)?.kind);
    return kinds.get(name);
  };
  const found = findQuotes(text, { kindOf });
  const quotes = found.map((q) => ({
    ...q,
    speakerEntityId: q.speaker ? (entityForName(catalog, q.speaker.name)?.id ?? null) : null,
    entityIds: [...new Set(mentions.filter((m) => m.start >= q.start && m.end <= q.end).map((m) => m.entityId))],
  }));
  // Speakers the catalog does not know become suggested new people.
  const unknownSpeakers = quotes.filter((q) => q.speaker && !q.speakerEntityId).map((q) => q.speaker!);
  const candidates = findCandidates(text, mentions, unknownSpeakers);
  return { quotes, mentions, candidates };
}
