/** Ordering the matches, and the phrase checks made on the text of the best ones. */
import { tokenize } from './tokenize';

export type Better = (a: number, b: number) => boolean;

/** The best `k` ordinals, best first, without sorting every match. */
export function topOrds(ords: number[], k: number, better: Better): number[] {
  if (k <= 0) return [];
  if (ords.length <= Math.max(256, k * 4)) return [...ords].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, k);
  // A min-heap of the best k seen so far: its root is the worst of them.
  const heap: number[] = [];
  const worse = (i: number, j: number) => better(heap[j]!, heap[i]!);
  const down = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(left, worst)) worst = left;
      if (right < heap.length && worse(right, worst)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const ord of ords) {
    if (heap.length < k) {
      heap.push(ord);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (better(ord, heap[0]!)) {
      heap[0] = ord;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

const ASCII_TERM = /^[a-z0-9]+$/;
const NON_ASCII = /[^\t-~]/;
const phraseRegexes = new Map<string, RegExp>();

/**
 * A native regular expression answers most phrase checks without tokenizing the
 * article: exact for ASCII text, and a sure "yes" otherwise.
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
    if (!NON_ASCII.test(text)) return false;
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
