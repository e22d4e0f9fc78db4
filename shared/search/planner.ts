/**
 * Turns a parsed query into match groups: each typed word becomes the terms it
 * may match (exact, then prefix completions while typing, then typo corrections
 * when the exact word is rare or unknown, each weighted lower); filters become
 * unscored filter terms.
 */
import type { InvertedIndex } from './inverted-index';
import type { DocFilter, Group, TermChoice } from './matcher';
import type { DocType, EntityFilterKey, ParsedQuery, QueryWord } from './query';
import { termsOf } from './tokenize';
import { typoCandidates } from './typo';

export type Plan = {
  groups: Group[];
  filter: DocFilter;
  /** Each entry excludes the documents holding all of its terms. */
  exclusions: string[][];
  phrases: string[][];
  excludedPhrases: string[][];
  /** Terms to highlight, and prefixes whose completions to highlight. */
  highlightTerms: Set<string>;
  highlightPrefixes: string[];
};

const FILTER_CODES: Record<EntityFilterKey, string> = { actor: 'a', speaker: 's', treaty: 't', tag: 'g', site: 'w' };
/** Completions considered for a prefix: few for one or two letters, whose completions are many and common. */
const prefixExpansions = (prefix: string) => (prefix.length <= 2 ? 8 : prefix.length === 3 ? 16 : 40);
const PREFIX_WEIGHT = 0.8;
/** Another inflection of the typed word (treaty / treaties): nearly as good as the word itself. */
const INFLECTION_WEIGHT = 0.9;
const TYPO_WEIGHTS = [1, 0.4, 0.25];
/** Below this many documents an exact word may well be a typo itself, so corrections join it. */
const RARE_DF = 3;

export function filterTerm(key: EntityFilterKey | 'entity', term: string): string {
  return `\u0001${key === 'entity' ? 'e' : FILTER_CODES[key]}:${term}`;
}

export function planQuery(query: ParsedQuery, index: InvertedIndex, types?: DocType[]): Plan {
  const plan: Plan = {
    groups: [],
    filter: { types: intersectTypes(query.types, types), after: query.after, before: query.before },
    exclusions: query.excluded.map((term) => [term]),
    phrases: query.phrases,
    excludedPhrases: query.excludedPhrases,
    highlightTerms: new Set(),
    highlightPrefixes: [],
  };
  for (const word of query.words) {
    const choices = expandWord(word, index);
    plan.groups.push({ choices, scored: true });
    for (const choice of choices) plan.highlightTerms.add(choice.term);
    if (word.prefix) plan.highlightPrefixes.push(word.term);
  }
  for (const phrase of query.phrases) {
    for (const term of phrase) {
      plan.groups.push({ choices: [{ term, weight: 1 }], scored: true });
      plan.highlightTerms.add(term);
    }
  }
  for (const filter of query.filters) {
    const terms = filter.terms.map((term) => filterTerm(filter.key, term));
    if (filter.negated) plan.exclusions.push(terms);
    else for (const term of terms) plan.groups.push({ choices: [{ term, weight: 1 }], scored: false });
  }
  return plan;
}

function expandWord(word: QueryWord, index: InvertedIndex): TermChoice[] {
  const choices: TermChoice[] = [];
  let found = index.df(word.term);
  if (found > 0) choices.push({ term: word.term, weight: 1 });
  for (const term of inflections(word.term)) {
    const df = index.df(term);
    if (df === 0) continue;
    choices.push({ term, weight: INFLECTION_WEIGHT });
    found += df;
  }
  if (word.prefix) {
    for (const term of index.withPrefix(word.term, prefixExpansions(word.term))) {
      if (choices.some((choice) => choice.term === term)) continue;
      choices.push({ term, weight: PREFIX_WEIGHT });
      found += index.df(term);
    }
  }
  // While typing, a prefix with completions is not a typo yet.
  if (word.prefix ? found === 0 : found < RARE_DF) {
    for (const { term, distance } of typoCandidates(index, word.term)) {
      choices.push({ term, weight: TYPO_WEIGHTS[distance]! });
    }
  }
  return choices;
}

const PLAIN_WORD = /^[a-z]{3,}$/;

/**
 * English singular and plural forms of a word (treaty / treaties, tax / taxes,
 * sanction / sanctions): a light rule set rather than a stemmer, so what is typed
 * still matches itself first and prefixes typed mid-word stay intact.
 */
export function inflections(term: string): string[] {
  if (!PLAIN_WORD.test(term)) return [];
  if (term.endsWith('ies') && term.length > 4) return [`${term.slice(0, -3)}y`];
  if (term.endsWith('ss') || term.endsWith('us') || term.endsWith('is')) return [`${term}es`];
  if (term.endsWith('es')) return [term.slice(0, -2), term.slice(0, -1)];
  if (term.endsWith('s')) return [term.slice(0, -1)];
  if (term.endsWith('y') && !/[aeiou]y$/.test(term)) return [`${term.slice(0, -1)}ies`];
  if (/(?:x|z|ch|sh)$/.test(term)) return [`${term}es`];
  return [`${term}s`];
}

function intersectTypes(fromQuery: DocType[] | null, fromOptions: DocType[] | undefined): DocType[] | null {
  if (!fromOptions) return fromQuery;
  return fromQuery === null ? fromOptions : fromQuery.filter((type) => fromOptions.includes(type));
}

/** Every term the plan reads postings of, to load their segments first. */
export function termsToLoad(plan: Plan): string[] {
  return [...plan.groups.flatMap((group) => group.choices.map((choice) => choice.term)), ...plan.exclusions.flat()];
}

/** The filter terms a document carries, so `actor:putin` finds it by name, alias or id. */
export function filterTermsOf(doc: {
  speaker: { id: string; name: string; aliases: string[] } | null;
  actors: { id: string; name: string; aliases: string[] }[];
  treaties: { id: string; name: string; aliases: string[] }[];
  tags: string[];
  site: string;
}): Set<string> {
  const terms = new Set<string>();
  const addEntity = (key: EntityFilterKey, entity: { id: string; name: string; aliases: string[] }) => {
    for (const text of [entity.id, entity.name, ...entity.aliases]) {
      for (const term of termsOf(text)) terms.add(filterTerm(key, term));
    }
    terms.add(filterTerm('entity', entity.id));
  };
  if (doc.speaker) {
    addEntity('speaker', doc.speaker);
    addEntity('actor', doc.speaker);
  }
  for (const actor of doc.actors) addEntity('actor', actor);
  for (const treaty of doc.treaties) addEntity('treaty', treaty);
  for (const tag of doc.tags) for (const term of termsOf(tag)) terms.add(filterTerm('tag', term));
  for (const term of termsOf(doc.site)) terms.add(filterTerm('site', term));
  return terms;
}
