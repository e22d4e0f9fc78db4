import { describe, expect, it } from 'vitest';
import { containsPhrase, topByScore } from './rank';

describe('containsPhrase', () => {
  it('finds a phrase across case, punctuation and curly quotes, and only as whole consecutive words', () => {
    const text = '“We will not,” the Prime Minister said. Later the prime-minister’s office and a primer minister’s aide spoke.';
    expect(containsPhrase(text, ['prime', 'minister'])).toBe(true);
    expect(containsPhrase('The prime-minister’s office.', ['prime', 'minister'])).toBe(true);
    expect(containsPhrase('“The prime suspect,” the minister said.', ['prime', 'minister'])).toBe(false);
    expect(containsPhrase('A primer minister’s aide.', ['prime', 'minister'])).toBe(false);
  });

  it('folds accents in the text, as the index did', () => {
    expect(containsPhrase('Le Récord Label a signé.', ['record', 'label'])).toBe(true);
    expect(containsPhrase('Le récord et le label.', ['record', 'label'])).toBe(false);
  });

  it('checks phrases in Cyrillic and mixed text', () => {
    // Query terms come folded: й is и with a mark.
    expect(containsPhrase('Договор о ракетах средней дальности (ДРСМД) прекратил действие.', ['ракетах', 'среднеи'])).toBe(true);
    expect(containsPhrase('Путин said New START matters.', ['new', 'start'])).toBe(true);
    expect(containsPhrase('Путин said START is new.', ['new', 'start'])).toBe(false);
  });
});

describe('topByScore', () => {
  it('keeps the best k by score, then later day, then later ordinal', () => {
    const scores = Float64Array.from([1, 5, 3, 5, 2, 5]);
    const days = [0, 10, 0, 20, 0, 10];
    expect(topByScore([0, 1, 2, 3, 4, 5], 4, scores, days)).toEqual([3, 5, 1, 2]);
    expect(topByScore([0, 1], 0, scores, days)).toEqual([]);
  });
});
