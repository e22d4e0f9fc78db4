/**
 * Typo tolerance: dictionary terms within a small edit distance of a typed word
 * (insertions, deletions, substitutions and swapped neighbours). Short words get
 * no tolerance, long ones two edits.
 */
import type { InvertedIndex } from './inverted-index';

export type TypoCandidate = { term: string; distance: number };

export function allowedEdits(word: string): number {
  const length = [...word].length;
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

export function typoCandidates(index: InvertedIndex, word: string, limit = 8): TypoCandidate[] {
  const maxEdits = allowedEdits(word);
  if (maxEdits === 0) return [];
  const found: TypoCandidate[] = [];
  index.forEachTermNear([word[0]!, word[1]!], word.length - maxEdits, word.length + maxEdits, (term) => {
    if (term === word) return;
    const distance = boundedDistance(word, term, maxEdits);
    if (distance <= maxEdits) found.push({ term, distance });
  });
  found.sort((a, b) => a.distance - b.distance || index.df(b.term) - index.df(a.term) || (a.term < b.term ? -1 : 1));
  return found.slice(0, limit);
}

/** Reused rows of the distance table: the scan runs over many thousands of terms. */
let rows = [0, 1, 2].map(() => new Int32Array(64));

/** Optimal string alignment distance, or max + 1 as soon as it must exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}
