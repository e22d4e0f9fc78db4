import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch, lastRowScores, similarity } from './approx-match';

/** The textbook dynamic programme, to check the bit-parallel one against. */
function naiveLastRow(pattern: string, text: string, anchored: boolean): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const next = [anchored ? j + 1 : 0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      next[i] = Math.min(column[i - 1]! + cost, column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    out.push(column[pattern.length]!);
  }
  return out;
}

describe('lastRowScores', () => {
  it('agrees with the textbook edit distance, for short and multi-block patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ');
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 90 }).map((a) => a.join('')),
        fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')),
        fc.boolean(),
        (pattern, text, anchored) => {
          expect([...lastRowScores(pattern, text, anchored)]).toEqual(naiveLastRow(pattern, text, anchored));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('approxSearch', () => {
  it('finds an exact occurrence with zero errors and its start', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    expect(approxSearch(text, 'brown fox', 2)).toContainEqual({ start: 10, end: 19, errors: 0 });
  });
  it('finds a match with a typo and reports one error', () => {
    const text = 'the quick brwn fox jumps';
    const best = approxSearch(text, 'quick brown fox', 3).sort((a, b) => a.errors - b.errors)[0];
    expect(best).toEqual({ start: 4, end: 18, errors: 1 });
  });
  it('finds nothing when every place needs more edits than allowed', () => {
    expect(approxSearch('completely different words here', 'nuclear treaty', 2)).toEqual([]);
  });
});

describe('similarity', () => {
  it('is 1 for identical text and falls with edits', () => {
    expect(similarity('abcdefghij', 'abcdefghij')).toBe(1);
    expect(similarity('abcdefghiX', 'abcdefghij')).toBeCloseTo(0.9);
    expect(similarity('', 'abc')).toBe(0);
  });
});
