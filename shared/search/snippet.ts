/**
 * Snippets: the stretch of a text with the most distinct query hits, cut at word
 * boundaries, with the hits' ranges relative to the snippet text.
 */
import { tokenize } from './tokenize';
import type { Highlight, Snippet } from './types';

export type HitTest = (term: string) => boolean;

const SNIPPET_CHARS = 200;
const LEAD_CHARS = 50;
const SCAN_CHARS = 60_000;

export function hitTest(terms: Iterable<string>, prefixes: string[]): HitTest {
  const exact = new Set(terms);
  return (term) => exact.has(term) || prefixes.some((prefix) => term.startsWith(prefix));
}

export function highlightAll(text: string, isHit: HitTest): Highlight[] {
  return mergeRanges(tokenize(text).filter((t) => isHit(t.term)).map((t): Highlight => [t.start, t.end]));
}

export function countHits(text: string, isHit: HitTest): number {
  return tokenize(text.slice(0, SCAN_CHARS)).filter((t) => isHit(t.term)).length;
}

export function makeSnippet(text: string, isHit: HitTest, maxChars = SNIPPET_CHARS): Snippet {
  const scanned = text.slice(0, SCAN_CHARS);
  const hits = tokenize(scanned).filter((t) => isHit(t.term));
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
