/**
 * The search box's little language. Words must all match; the last word is a
 * prefix while the user is still typing it; "quoted phrases" match in order;
 * a leading minus excludes a word, a phrase or a filter; `key:value` filters
 * narrow by entity, tag, site, type or date. Nothing here throws: whatever the
 * parser cannot make sense of is searched as plain words.
 */
import { termsOf } from './tokenize';

export type DocType = 'clip' | 'quote' | 'note';
export const DOC_TYPES: readonly DocType[] = ['clip', 'quote', 'note'];

export type EntityFilterKey = 'actor' | 'speaker' | 'treaty' | 'tag' | 'site';
export type QueryWord = { term: string; prefix: boolean };
export type TermFilter = { key: EntityFilterKey; terms: string[]; negated: boolean };

export type ParsedQuery = {
  words: QueryWord[];
  /** Required phrases, as folded terms; a hyphenated word is a phrase of its parts. */
  phrases: string[][];
  excluded: string[];
  excludedPhrases: string[][];
  filters: TermFilter[];
  /** Allowed types; null means all (and an empty list, contradictory filters, none). */
  types: DocType[] | null;
  /** Dates as days since 1970-01-01: a document matches when after <= date < before. */
  before: number | null;
  after: number | null;
};

type Piece = { text: string; quoted: boolean; negated: boolean; key: string | null; trailing: boolean };

const ENTITY_KEYS = new Set<string>(['actor', 'speaker', 'treaty', 'tag', 'site']);
const ALL_KEYS = new Set<string>([...ENTITY_KEYS, 'type', 'before', 'after']);

export function emptyQuery(): ParsedQuery {
  return { words: [], phrases: [], excluded: [], excludedPhrases: [], filters: [], types: null, before: null, after: null };
}

/** `typing` marks the last bare word as a prefix unless the text ends in a space. */
export function parseQuery(input: string, typing = true): ParsedQuery {
  const query = emptyQuery();
  const pieces = lex(input);
  for (const piece of pieces) {
    if (piece.key !== null && applyFilter(query, piece)) continue;
    addText(query, piece, typing && piece === pieces.at(-1) && piece.trailing);
  }
  return query;
}

/** True when the query asks for nothing at all (no words, phrases or filters). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0 && query.filters.length === 0 &&
    query.types === null && query.before === null && query.after === null;
}

function lex(input: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) { i += 1; continue; }
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) { negated = true; i += 1; }
    let key: string | null = null;
    const keyMatch = /^([a-z]+):/i.exec(input.slice(i));
    if (keyMatch && ALL_KEYS.has(keyMatch[1]!.toLowerCase())) {
      key = keyMatch[1]!.toLowerCase();
      i += keyMatch[0].length;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? input.length : close;
      // An unbalanced quote is not a phrase: its words are searched one by one.
      pieces.push({ text: input.slice(i + 1, end), quoted: close >= 0, negated, key, trailing: close < 0 });
      i = close < 0 ? end : end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!)) end += 1;
    pieces.push({ text: input.slice(i, end), quoted: false, negated, key, trailing: end === input.length });
    i = end;
  }
  return pieces;
}

function applyFilter(query: ParsedQuery, piece: Piece): boolean {
  const key = piece.key!;
  const value = piece.text.trim();
  if (value === '') return false;
  if (key === 'type') return applyType(query, value, piece.negated);
  if (key === 'before' || key === 'after') {
    const period = parsePeriod(value);
    if (!period || piece.negated) return false;
    if (key === 'before') query.before = Math.min(query.before ?? Infinity, period.start);
    else query.after = Math.max(query.after ?? -Infinity, period.end);
    return true;
  }
  const terms = termsOf(value);
  if (terms.length === 0) return false;
  query.filters.push({ key: key as EntityFilterKey, terms, negated: piece.negated });
  return true;
}

function applyType(query: ParsedQuery, value: string, negated: boolean): boolean {
  const named = value.toLowerCase().split(/[|,]/).map(singular).filter((t): t is DocType => DOC_TYPES.includes(t as DocType));
  if (named.length === 0) return false;
  const allowed = negated ? DOC_TYPES.filter((t) => !named.includes(t)) : named;
  query.types = query.types === null ? allowed : query.types.filter((t) => allowed.includes(t));
  return true;
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function addText(query: ParsedQuery, piece: Piece, prefixLast: boolean): void {
  const text = piece.key !== null ? `${piece.key} ${piece.text}` : piece.text;
  const terms = termsOf(text);
  if (terms.length === 0) return;
  const asPhrase = piece.quoted || (!piece.trailing && piece.key === null && HYPHENATED.test(text));
  if (piece.negated) {
    if (asPhrase && terms.length > 1) query.excludedPhrases.push(terms);
    else query.excluded.push(...terms);
    return;
  }
  if (asPhrase && terms.length > 1) {
    query.phrases.push(terms);
    return;
  }
  terms.forEach((term, index) => {
    query.words.push({ term, prefix: prefixLast && !piece.quoted && index === terms.length - 1 });
  });
}

const DAY = 86_400_000;
const HYPHENATED = /[\p{L}\p{N}]-[\p{L}\p{N}]/u;

/** A year, month or day as [first day, day after the last). */
export function parsePeriod(value: string): { start: number; end: number } | null {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end = day !== null ? start + DAY : month !== null ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  if (day !== null && new Date(start).getUTCDate() !== day) return null;
  return { start: start / DAY, end: end / DAY };
}

/** An ISO date or date-time as days since 1970-01-01, or null when it is not one. */
export function dayOf(iso: string | null | undefined): number | null {
  if (!iso || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T|$)/.test(iso)) return null;
  const time = Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return Number.isFinite(time) ? Math.floor(time / DAY) : null;
}
