/** Ordering the matches, and the phrase checks made on the text of the best ones. */
import { hasNonAsciiWordChar, tokenize } from './tokenize';

export type Better = (a: number, b: number) => boolean;

/**
 * The best `k` ordinals, best first, by score, then later article date, then
 * later ordinal, without sorting every match: a heap whose root is the worst kept.
 */
export function topByScore(ords: ArrayLike<number>, k: number, scores: Float64Array, days: ArrayLike<number>): number[] {
  const better = (a: number, b: number) => {
    const sa = scores[a]!;
    const sb = scores[b]!;
    if (sa !== sb) return sa > sb;
    if (days[a] !== days[b]) return days[a]! > days[b]!;
    return a > b;
  };
  if (k <= 0) return [];
  const heap: number[] = [];
  const n = ords.length;
  let i = 0;
  for (; i < n && heap.length < k; i += 1) heap.push(ords[i]!);
  heap.sort((a, b) => (better(a, b) ? 1 : -1));
  // heap[0] is now the worst kept; a match must beat it to enter.
  for (; i < n; i += 1) {
    const ord = ords[i]!;
    const worst = heap[0]!;
    const score = scores[ord]!;
    const worstScore = scores[worst]!;
    if (score < worstScore || (score === worstScore && !better(ord, worst))) continue;
    heap[0] = ord;
    siftDown(heap, better);
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}

/** Restores a min-heap (root = worst) after its root was replaced. */
function siftDown(heap: number[], better: Better): void {
  const length = heap.length;
  let index = 0;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let worst = index;
    if (left < length && better(heap[worst]!, heap[left]!)) worst = left;
    if (right < length && better(heap[worst]!, heap[right]!)) worst = right;
    if (worst === index) return;
    [heap[index], heap[worst]] = [heap[worst]!, heap[index]!];
    index = worst;
  }
}

const ASCII_TERM = /^[a-z0-9]+$/;
const phraseRegexes = new Map<string, RegExp>();

/**
 * A native regular expression answers most phrase checks without tokenizing the
 * article: a sure "yes", and a sure "no" unless a word of the text has letters
 * outside ASCII (which fold: "récord label"). Curly quotes do not count, so most
 * English articles never need the tokenizer.
 */
function phraseRegex(phrase: string[]): RegExp | null {
  if (!phrase.every((term) => ASCII_TERM.test(term))) return null;
  const key = phrase.join(' ');
  let regex = phraseRegexes.get(key);
  if (!regex) {
    regex = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${phrase.join('[^\\p{L}\\p{N}\\p{M}]+')}(?![\\p{L}\\p{N}\\p{M}])`, 'iu');
    if (phraseRegexes.size > 100) phraseRegexes.clear();
    phraseRegexes.set(key, regex);
  }
  return regex;
}

/** True when the terms occur at consecutive word positions in the text. */
export function containsPhrase(text: string, phrase: string[]): boolean {
  if (phrase.length === 0) return true;
  const regex = phraseRegex(phrase);
  if (regex) {
    if (regex.test(text)) return true;
    if (!hasNonAsciiWordChar(text)) return false;
  }
  const atPosition = new Map<number, string[]>();
  const starts: number[] = [];
  for (const token of tokenize(text)) {
    let terms = atPosition.get(token.pos);
    if (!terms) atPosition.set(token.pos, (terms = []));
    terms.push(token.term);
    if (token.term === phrase[0]) starts.push(token.pos);
  }
  return starts.some((start) => phrase.every((term, k) => atPosition.get(start + k)?.includes(term)));
}
