import { describe, expect, it } from 'vitest';
import { InvertedIndex } from './inverted-index';
import { bumpTf } from './postings';

/** An index where each term has the given document frequency. */
function indexWith(dfs: Record<string, number>): InvertedIndex {
  const index = new InvertedIndex();
  for (const [term, df] of Object.entries(dfs)) for (let ord = 0; ord < df; ord += 1) index.append(term, ord, bumpTf(0, 2));
  return index;
}

describe('InvertedIndex.withPrefix', () => {
  it('gives the most frequent completions, most frequent first, as sorting them all would', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const dfs: Record<string, number> = {};
    for (let i = 0; i < 400; i += 1) dfs[`e${Math.floor(random() * 1e6).toString(36)}`] = 1 + Math.floor(random() * 6);
    dfs['economy'] = 9;
    dfs['fish'] = 50;
    const index = indexWith(dfs);
    // Most terms in the sorted dictionary (as after a checkpoint or a restart), a few added since.
    await index.compact(() => true);
    index.append('ezzz', 0, bumpTf(0, 2));
    dfs['ezzz'] = 1;
    for (const [prefix, limit] of [['e', 8], ['e', 1], ['e', 40], ['ec', 8], ['f', 8], ['x', 8]] as const) {
      const completions = Object.keys(dfs).filter((term) => term.startsWith(prefix));
      const expectedDfs = completions.map((term) => dfs[term]!).sort((a, b) => b - a).slice(0, limit);
      const found = index.withPrefix(prefix, limit);
      // Which of several equally frequent terms make the cut is not specified; their frequencies are.
      expect(found.map((term) => dfs[term])).toEqual(expectedDfs);
      expect(new Set(found).size).toBe(found.length);
      expect(found.every((term) => term.startsWith(prefix))).toBe(true);
    }
    expect(index.withPrefix('e', 8)[0]).toBe('economy');
    expect(index.withPrefix('e', 0)).toEqual([]);
  });
});
