/**
 * Snippets: the stretch of a text with the most distinct query hits, cut at word
 * boundaries, with the hits' ranges relative to the snippet text.
 */
import { foldWord, forEachToken, hasNonAsciiWordChar, isWordCode } from './tokenize';
import type { Token } from './tokenize';
import type { Highlight, Snippet } from './types';

/**
 * Which terms to highlight. `pattern` finds the ASCII ones natively (most
 * queries); `complete` says whether it covers every term (with no terms at all,
 * there is nothing to find). When it does not, or the text has word characters
 * outside ASCII (é folds to e), a text where it finds nothing is tokenized instead.
 */
export type HitTest = { isHit: (term: string) => boolean; pattern: RegExp | null; complete: boolean };

const SNIPPET_CHARS = 200;
const LEAD_CHARS = 50;
const SCAN_CHARS = 60_000;
const CHUNK_CHARS = 1_500;

/** Folded ASCII words, with inner apostrophes ("economy's"): the text may spell those three ways. */
const REGEXABLE = /^[a-z0-9]+(?:'[a-z0-9]+)*$/;
const APOSTROPHE = "['\\u2019\\u02bc]";
const JOINER = "['\\u2019\\u02bc-]";

export function hitTest(terms: Iterable<string>, prefixes: string[]): HitTest {
  const exact = new Set(terms);
  const isHit = prefixes.length === 0
    ? (term: string) => exact.has(term)
    : (term: string) => exact.has(term) || prefixes.some((prefix) => term.startsWith(prefix));
  // A query of filters only (actor:Putin) has nothing to mark: no text needs scanning.
  if (exact.size === 0 && prefixes.length === 0) return { isHit, pattern: null, complete: true };
  const words = [...exact].filter((term) => REGEXABLE.test(term));
  const starts = prefixes.filter((prefix) => REGEXABLE.test(prefix));
  const complete = words.length === exact.size && starts.length === prefixes.length;
  if (words.length + starts.length === 0) return { isHit, pattern: null, complete: false };
  // Completions and longer words first, so the longest match at a place wins.
  const spell = (term: string) => term.replaceAll("'", APOSTROPHE);
  const alternatives = [
    // A completion runs on over apostrophes and hyphens, as the tokenizer's whole and joined forms do.
    ...starts.map((prefix) => `${spell(prefix)}[a-z0-9]*(?:${JOINER}[a-z0-9]+)*`),
    ...words.sort((a, b) => b.length - a.length).map(spell),
  ];
  // ASCII classes and no Unicode flag: such a pattern compiles in microseconds, one with \p{L} in
  // about a millisecond, and every query (every keystroke) is a new pattern. Word edges are checked after.
  return { isHit, pattern: new RegExp(alternatives.join('|'), 'gi'), complete };
}

export function highlightAll(text: string, isHit: HitTest): Highlight[] {
  return mergeRanges(hitsIn(text, isHit).map((t): Highlight => [t.start, t.end]));
}

/**
 * Scans the text a chunk at a time and stops a little after the first hits: the
 * best window is nearly always there, and articles are long.
 */
function scanForHits(text: string, isHit: HitTest, maxChars: number): { scanned: string; hits: Token[] } {
  const hits: Token[] = [];
  let end = 0;
  while (end < text.length && end < SCAN_CHARS && (hits.length === 0 || end < hits[0]!.start + maxChars * 4)) {
    const start = end;
    end = Math.min(text.length, start + CHUNK_CHARS);
    while (end < text.length && !/\s/.test(text[end]!)) end += 1;
    for (const hit of hitsIn(text.slice(start, end), isHit)) hits.push({ ...hit, start: hit.start + start, end: hit.end + start });
  }
  return { scanned: text.slice(0, end), hits };
}

/** Only the hits become objects: a snippet scans whole articles. */
function hitsIn(text: string, test: HitTest): Token[] {
  const hits: Token[] = [];
  if (test.pattern) {
    for (const match of text.matchAll(test.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if ((start > 0 && inWord(text, start - 1)) || (end < text.length && inWord(text, end))) continue;
      hits.push({ term: foldWord(match[0]), start, end, pos: hits.length });
    }
    if (hits.length > 0 || (test.complete && !hasNonAsciiWordChar(text))) return hits;
  }
  if (!test.pattern && test.complete) return hits;
  forEachToken(text, (term, start, end, pos) => { if (test.isHit(term)) hits.push({ term, start, end, pos }); });
  return hits;
}

/** A word character that does not end a word here: U+02BC is a letter, but also the tokenizer's apostrophe ("economyʼs"). */
function inWord(text: string, i: number): boolean {
  return text.charCodeAt(i) !== 0x2bc && isWordCode(text, i);
}

export function makeSnippet(text: string, isHit: HitTest, maxChars = SNIPPET_CHARS): Snippet {
  const { scanned, hits } = scanForHits(text, isHit, maxChars);
  if (hits.length === 0) return { text: clip(text, 0, maxChars), highlights: [] };
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < hits.length && i < 200; i += 1) {
    const terms = new Set<string>();
    let count = 0;
    for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.start <= maxChars - LEAD_CHARS; j += 1) {
      terms.add(hits[j]!.term);
      count += 1;
    }
    const score = terms.size * 100 + count;
    if (score > bestScore) { bestScore = score; best = i; }
  }
  const start = wordStart(scanned, Math.max(0, hits[best]!.start - LEAD_CHARS));
  const end = wordEnd(scanned, Math.min(scanned.length, start + maxChars));
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const body = scanned.slice(start, end).replace(/\s+$/, '');
  const highlights = hits
    .filter((hit) => hit.start >= start && hit.end <= start + body.length)
    .map((hit): Highlight => [hit.start - start + prefix.length, hit.end - start + prefix.length]);
  return { text: prefix + body + suffix, highlights: mergeRanges(highlights) };
}

function clip(text: string, start: number, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return text.slice(start, wordEnd(text, start + maxChars)).replace(/\s+$/, '') + '…';
}

/** Moves forward to the start of the next word unless already at one. */
function wordStart(text: string, index: number): number {
  if (index === 0 || /\s/.test(text[index - 1]!)) return index;
  const next = text.slice(index).search(/\s/);
  return next < 0 ? index : index + next + 1;
}

/** Moves back to the end of the previous word unless already at one. */
function wordEnd(text: string, index: number): number {
  if (index >= text.length || /\s/.test(text[index]!)) return index;
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}

/** Overlapping ranges (a hyphenated word and its parts) become one. */
function mergeRanges(ranges: Highlight[]): Highlight[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Highlight[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
