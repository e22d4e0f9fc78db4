/**
 * Quote anchoring over a clip's plain text, with W3C Web Annotation selectors.
 *
 * A quote remembers its exact text, ~32 characters either side, and its
 * offsets. When the text changes (re-clipped, cleaned, edited) the quote is
 * found again, cheapest evidence first: the offsets still hold; the exact text
 * is elsewhere (nearest the old place, context breaking ties); or, as
 * Hypothesis' match-quote does, a fuzzy match scored on the quote, its context
 * and its distance from where it was. What cannot be found is orphaned, never
 * guessed at: a wrong anchor is worse than a visible orphan.
 */
import type { QuoteSelector } from '../model';
import { approxSearch, similarity } from './approx-match';

export const CONTEXT_LENGTH = 32;

export type Anchor =
  | { orphaned?: false; start: number; end: number; method: 'position' | 'exact' | 'fuzzy'; score: number }
  | { orphaned: true };

export function describeQuote(text: string, start: number, end: number): QuoteSelector {
  if (!(start >= 0 && start <= end && end <= text.length)) {
    throw new RangeError(`Quote range ${start}..${end} is outside the text (length ${text.length}).`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Context agreement of a candidate, 0..1. At the very start or end of the text
 * there is less context to compare; only what exists there is compared, so a
 * quote in the first line is not penalised for having no 32 characters before it.
 */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const parts: number[] = [];
  if (prefix) {
    const expected = prefix.slice(-Math.min(prefix.length, start));
    parts.push(expected ? similarity(text.slice(Math.max(0, start - prefix.length - 4), start), expected) : 0);
  }
  if (suffix) {
    const expected = suffix.slice(0, Math.max(0, text.length - end));
    parts.push(expected ? similarity(text.slice(end, end + suffix.length + 4), expected) : 0);
  }
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 1;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

function anchorExact(text: string, selector: QuoteSelector): Anchor | null {
  const { exact, prefix, suffix } = selector.quote;
  const hint = selector.position.start;
  let best: { start: number; rank: number } | null = null;
  for (const start of exactOccurrences(text, exact)) {
    const context = contextScore(text, start, start + exact.length, prefix, suffix);
    // Context dominates; distance only decides between equally fitting places.
    const rank = context * 10 - Math.abs(start - hint) / Math.max(1, text.length);
    if (!best || rank > best.rank) best = { start, rank };
  }
  if (!best) return null;
  return { start: best.start, end: best.start + exact.length, method: 'exact', score: 1 };
}

/** Whitespace runs collapsed to one space, with each collapsed character's original offset. */
function collapseWhitespace(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/.test(text[i]!);
    if (isSpace && out.endsWith(' ')) continue;
    out += isSpace ? ' ' : text[i];
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Scores as in Hypothesis' match-quote: the quote counts most, then context, then position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function anchorFuzzy(text: string, selector: QuoteSelector): Anchor | null {
  const { prefix, suffix } = selector.quote;
  // Whitespace changes (re-wrapped lines, doubled spaces) should cost nothing.
  const collapsed = collapseWhitespace(text);
  const exact = collapseWhitespace(selector.quote.exact).text.trim();
  if (!exact) return null;
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  const candidates = approxSearch(collapsed.text, exact, maxErrors);
  let best: { start: number; end: number; score: number; quoteScore: number; contextScore: number } | null = null;
  for (const match of candidates) {
    const start = collapsed.offsets[match.start]!;
    const end = collapsed.offsets[match.end - 1]! + 1;
    const quoteScore = 1 - match.errors / exact.length;
    const prefixScore = contextScore(text, start, end, prefix, '');
    const suffixScore = contextScore(text, start, end, '', suffix);
    const positionScore = 1 - Math.abs(start - selector.position.start) / Math.max(1, text.length);
    const raw =
      WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore;
    const score = raw / (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
    if (!best || score > best.score) best = { start, end, score, quoteScore, contextScore: (prefixScore + suffixScore) / 2 };
  }
  if (!best) return null;
  // Half the characters wrong is Hypothesis' search bound, not proof: a match
  // that loose is only believed when the surrounding text agrees too.
  const believable = best.quoteScore >= 0.75 || (best.quoteScore >= 0.5 && best.contextScore >= 0.75);
  if (!believable) return null;
  return { start: best.start, end: best.end, method: 'fuzzy', score: best.score };
}

export function anchorQuote(text: string, selector: QuoteSelector): Anchor {
  const { start, end } = selector.position;
  const { exact } = selector.quote;
  if (exact.length === 0) return { orphaned: true };
  if (start >= 0 && end <= text.length && text.slice(start, end) === exact) {
    return { start, end, method: 'position', score: 1 };
  }
  return anchorExact(text, selector) ?? anchorFuzzy(text, selector) ?? { orphaned: true };
}
