/**
 * Approximate string search: every place a pattern occurs in a text with at
 * most `maxErrors` edits (insertions, deletions, substitutions).
 *
 * Myers' bit-parallel algorithm (1999), in the block form of Hyyrö, which lets a
 * pattern be longer than one machine word: each 32-character block of the
 * pattern keeps its vertical deltas as two bit vectors, and one text character
 * advances a column of the edit-distance matrix in a few word operations. This
 * is the algorithm of Hypothesis' approx-string-match, written here from the
 * paper so that shared/ has no dependency. Without Ukkonen's cut-off every block
 * is advanced for every character: O(n * m / 32), ample for quotes in articles.
 */

export type ApproxMatch = { start: number; end: number; errors: number };

const WORD = 32;

/** Bit masks of where each character occurs in each block of the pattern. */
function patternMasks(pattern: string): Map<number, Int32Array> {
  const blocks = Math.ceil(pattern.length / WORD);
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Int32Array(blocks);
      masks.set(code, mask);
    }
    mask[(i / WORD) | 0]! |= 1 << i % WORD;
  }
  return masks;
}

/**
 * The last row of the edit-distance matrix, column by column: `scores[j]` is the
 * distance between the pattern and the best substring of `text` ending at j + 1.
 * With `anchored`, substrings must start at 0 (the matrix's first row counts up
 * instead of staying 0), which is what finding a match's start needs.
 */
export function lastRowScores(pattern: string, text: string, anchored: boolean): Int32Array {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const masks = patternMasks(pattern);
  const empty = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const lastBit = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const rows = Math.min(WORD, m - b * WORD);
    score[b] = b * WORD + rows;
    lastBit[b] = 1 << (rows - 1);
  }
  const out = new Int32Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? empty;
    let carry = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const p = pv[b]!;
      const mm = mv[b]!;
      const hInNegative = carry < 0 ? 1 : 0;
      const eq = eqs[b]! | hInNegative;
      const xv = eq | mm;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const hOut = (ph & lastBit[b]! ? 1 : 0) - (mh & lastBit[b]! ? 1 : 0);
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | hInNegative;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      score[b]! += hOut;
      carry = hOut;
    }
    out[j] = score[blocks - 1]!;
  }
  return out;
}

/** Where the best match ending at `end` starts: the reversed pattern, anchored at `end`. */
function matchStart(text: string, pattern: string, end: number, errors: number, maxErrors: number): number {
  const from = Math.max(0, end - pattern.length - maxErrors);
  const window = [...text.slice(from, end)].reverse().join('');
  const reversed = [...pattern].reverse().join('');
  const scores = lastRowScores(reversed, window, true);
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > errors) continue;
    // Among equally good starts, the one giving the length nearest the pattern's.
    if (best < 0 || Math.abs(i + 1 - pattern.length) < Math.abs(best + 1 - pattern.length)) best = i;
  }
  return best < 0 ? Math.max(0, end - pattern.length) : end - (best + 1);
}

/**
 * Every match with at most `maxErrors` edits. Ends come in runs (a match
 * ending one character later costs one more edit); only each run's best end is
 * kept, so the result is one match per place, not one per character.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const scores = lastRowScores(pattern, text, false);
  const ends: { end: number; errors: number }[] = [];
  for (let j = 0; j < scores.length; j++) {
    const errors = scores[j]!;
    if (errors > maxErrors) continue;
    const previous = j > 0 ? scores[j - 1]! : Infinity;
    const next = j + 1 < scores.length ? scores[j + 1]! : Infinity;
    if (errors <= previous && errors < next) ends.push({ end: j + 1, errors });
  }
  return ends.map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors, maxErrors), end, errors }));
}

/** How well `actual` agrees with `expected`, 0..1: 1 minus the edit distance per character. */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const scores = lastRowScores(expected, actual, false);
  let best = expected.length;
  for (const s of scores) best = Math.min(best, s);
  return 1 - best / expected.length;
}
