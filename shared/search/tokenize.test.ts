import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from './tokenize';

const terms = (text: string) => tokenize(text).map((token) => token.term);

describe('tokenize', () => {
  it('folds case and accents and keeps offsets into the original text', () => {
    const text = 'Le Président PÉTAIN';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['le', 'president', 'petain']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Le', 'Président', 'PÉTAIN']);
    expect(tokens.map((t) => t.pos)).toEqual([0, 1, 2]);
  });

  it('handles Cyrillic, folding case and ё', () => {
    expect(terms('Путин подписал ДРСМД, всё')).toEqual(['путин', 'подписал', 'дрсмд', 'все']);
  });

  it('indexes hyphenated words by parts and by the joined form', () => {
    const text = 'the Intermediate-Range Nuclear Forces';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['the', 'intermediate', 'range', 'intermediaterange', 'nuclear', 'forces']);
    const joined = tokens.find((t) => t.term === 'intermediaterange')!;
    expect(text.slice(joined.start, joined.end)).toBe('Intermediate-Range');
    expect(joined.pos).toBe(1);
    expect(tokens.find((t) => t.term === 'nuclear')!.pos).toBe(3);
  });

  it('keeps clitics whole and adds the word before them', () => {
    expect(terms("Putin's plan: he's here")).toEqual(["putin's", 'putin', 'plan', "he's", 'he', 'here']);
    expect(terms('Putin\u2019s')).toEqual(["putin's", 'putin']);
  });

  it('joins other apostrophe words', () => {
    expect(terms("O'Brien")).toEqual(["o'brien", 'obrien']);
  });

  it('splits on punctuation and keeps numbers', () => {
    expect(terms('profits jumped 76% to $1.13bn (£600m)')).toEqual(['profits', 'jumped', '76', 'to', '1', '13bn', '600m']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('  -- ... !!')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('drops absurdly long terms', () => {
    expect(terms('a' + 'x'.repeat(60) + ' ok')).toEqual(['ok']);
  });
});

describe('termsOf', () => {
  it('gives the primary terms only, in order', () => {
    expect(termsOf("Intermediate-Range Putin's")).toEqual(['intermediate', 'range', "putin's"]);
    expect(termsOf('Vladimir Putin')).toEqual(['vladimir', 'putin']);
  });
});
