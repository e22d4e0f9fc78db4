import { describe, expect, it } from 'vitest';
import { baselineQuotes } from './suggest-eval-baseline';
import { fit, foldedWords, pairQuotes, sameSpeaker, scoreArticle, speakerRight } from './suggest-eval-lib';

describe('eval:suggest scoring', () => {
  it('folds case, accents, curly quotes and punctuation', () => {
    expect(foldedWords('“We’ll win,” said Émile')).toEqual(["we'll", 'win', 'said', 'emile']);
  });

  it('fits a found quote to an opening by its start, a cut-short start, or containment', () => {
    const opening = foldedWords('There has been a lot of spin');
    expect(fit(foldedWords('There has been a lot of spin about this. The reality is'), opening)).toBe(3);
    expect(fit(foldedWords('There has been'), opening)).toBe(2);
    expect(fit(foldedWords('And so. There has been a lot of spin about it'), opening)).toBe(1);
    expect(fit(foldedWords('a lot of spin'), opening)).toBe(1);
    expect(fit(foldedWords('lot of'), opening)).toBe(0);
    expect(fit(foldedWords('Something else entirely'), opening)).toBe(0);
  });

  it('pairs one to one: a found quote never counts for two labels', () => {
    const found = ['on the run in the hills and the towns'];
    const openings = ['on the run', 'on the run in the hills'];
    expect(pairQuotes(found, openings)).toEqual([{ found: 0, label: 0 }]);
    expect(pairQuotes([...found, 'on the run'], openings)).toHaveLength(2);
  });

  it('compares speakers by whole name or, for proper names, by surname', () => {
    expect(sameSpeaker('Mr Blair', 'Tony Blair')).toBe(true);
    expect(sameSpeaker('Peter Ainsworth MP', 'Peter Ainsworth')).toBe(true);
    expect(sameSpeaker('A BBC spokesman', 'a BBC spokesman')).toBe(true);
    expect(sameSpeaker('a spokesman', 'a BBC spokesman')).toBe(false);
    expect(sameSpeaker('Mr Brown', 'Mr Blair')).toBe(false);
  });

  it('wants no speaker when the label has none', () => {
    const label = { opening: 'x', speaker: null, aliases: [] };
    expect(speakerRight({ text: 'x', speakerNames: [] }, label)).toBe(true);
    expect(speakerRight({ text: 'x', speakerNames: ['Mr Blair'] }, label)).toBe(false);
  });

  it('scores misses, extras and wrong speakers', () => {
    const labels = [
      { opening: 'We will win the election', speaker: 'Tony Blair', aliases: ['Mr Blair'] },
      { opening: 'It is a disgrace', speaker: 'Michael Howard', aliases: [] },
    ];
    const score = scoreArticle(
      [
        { text: 'We will win the election, and soon.', speakerNames: ['Mr Blair'] },
        { text: 'shambles', speakerNames: [] },
      ],
      labels,
    );
    expect(score).toEqual({ pairs: [{ found: 0, label: 0 }], missed: [1], falsePositives: [1], wrongSpeaker: [] });
  });

  it('baseline: quote marks and the nearest "said X" or "X said"', () => {
    const text = '"We will win," said Tony Blair. Michael Howard said it was "a shambles of a plan".';
    expect(baselineQuotes(text)).toEqual([
      { text: 'We will win,', speakerNames: ['Tony Blair'] },
      { text: 'a shambles of a plan', speakerNames: ['Michael Howard'] },
    ]);
  });
});
