import { describe, expect, it } from 'vitest';
import { InvertedIndex } from './inverted-index';
import { boundedDistance, typoCandidates } from './typo';

/** Words from a small deterministic generator: many first and second letters, some shared prefixes, a few non-Latin. */
function words(count: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789éпу';
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % letters.length;
  return Array.from({ length: count }, () => Array.from({ length: 3 + (next() % 8) }, () => letters[next()]!).join(''));
}

function indexOf(sortedTerms: string[], recent: string[]): InvertedIndex {
  const index = new InvertedIndex();
  sortedTerms.forEach((term, ord) => index.append(term, ord, 1));
  index.settle();
  recent.forEach((term, ord) => index.append(term, sortedTerms.length + ord, 1));
  index.append('\u0001a:government', 0, 1);
  return index;
}

describe('forEachTermNear', () => {
  it('visits exactly the terms of the length range whose first or second letter is wanted, settled or recent', () => {
    const all = words(6_000);
    const index = indexOf(all.slice(0, 5_000), all.slice(5_000));
    const cases: [string[], number, number][] = [[['g', 'o'], 7, 11], [['e', 'c'], 4, 6], [['п', 'у'], 3, 6], [['a', 'a'], 3, 10]];
    for (const [letters, min, max] of cases) {
      const visited: string[] = [];
      index.forEachTermNear(letters, min, max, (term) => visited.push(term));
      const expected = [...new Set(all)].filter((term) => term.length >= min && term.length <= max && (letters.includes(term[0]!) || letters.includes(term[1]!)));
      expect(visited.sort(), letters.join('')).toEqual(expected.sort());
    }
  });
});

describe('typoCandidates', () => {
  it('finds the words one or two edits away, nearest first, and never the word itself', () => {
    const index = indexOf(['government', 'governments', 'govern', 'covenant', 'ogvernment', 'parliament', 'overnment'], []);
    const found = typoCandidates(index, 'goverment').map((candidate) => candidate.term);
    // One edit, then two (equally rare: alphabetical).
    expect(found).toEqual(['government', 'governments', 'ogvernment', 'overnment']);
    expect(typoCandidates(index, 'government').map((candidate) => candidate.term)).not.toContain('government');
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(boundedDistance('trety', 'treaty', 2)).toBe(1);
    expect(boundedDistance('ogvernment', 'government', 2)).toBe(1);
    expect(boundedDistance('abc', 'xyz', 1)).toBe(2);
  });
});
