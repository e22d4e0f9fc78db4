import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from './anchor';

const seed = readFileSync('../shared/fixtures/seed-article-arms-control.txt', 'utf8');

function selectorFor(text: string, exact: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${exact}`);
  return describeQuote(text, start, start + exact.length);
}

const QUOTE = 'Russia has the political will to work towards this.';

describe('describeQuote', () => {
  it('stores the exact text, 32 characters of context each side, and the offsets', () => {
    const s = selectorFor(seed, QUOTE);
    const start = seed.indexOf(QUOTE);
    expect(s.quote.exact).toBe(QUOTE);
    expect(s.quote.prefix).toBe(seed.slice(start - 32, start));
    expect(s.quote.suffix).toBe(seed.slice(start + QUOTE.length, start + QUOTE.length + 32));
    expect(s.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length });
  });
  it('clips the context at the edges of the text and refuses a range outside it', () => {
    expect(describeQuote('abc', 0, 3).quote).toMatchObject({ prefix: '', suffix: '' });
    expect(() => describeQuote('abc', 2, 5)).toThrow(/outside the text/);
  });
});

describe('anchorQuote', () => {
  it('anchors by position when the text is unchanged', () => {
    const s = selectorFor(seed, QUOTE);
    expect(anchorQuote(seed, s)).toEqual({ start: s.position.start, end: s.position.end, method: 'position', score: 1 });
  });

  it('follows a quote that moved because text was inserted before it', () => {
    const s = selectorFor(seed, QUOTE);
    const moved = 'EDITOR’S NOTE: this story was updated on Friday.\n\n' + seed;
    const a = anchorQuote(moved, s);
    expect(a).toMatchObject({ method: 'exact' });
    if (a.orphaned) throw new Error('orphaned');
    expect(moved.slice(a.start, a.end)).toBe(QUOTE);
  });

  it('finds an edited quote (a typo fixed inside it) by fuzzy match', () => {
    const typo = seed.replace(QUOTE, 'Russia has the politcal will to work towrds this.');
    const s = selectorFor(typo, 'Russia has the politcal will to work towrds this.');
    const a = anchorQuote(seed, s);
    expect(a).toMatchObject({ method: 'fuzzy' });
    if (a.orphaned) throw new Error('orphaned');
    expect(seed.slice(a.start, a.end)).toBe(QUOTE);
  });

  it('tolerates whitespace changes (re-wrapped lines, doubled spaces)', () => {
    const s = selectorFor(seed, QUOTE);
    const rewrapped = seed.replace(QUOTE, 'Russia has the political\nwill to  work towards this.');
    const a = anchorQuote(rewrapped, s);
    if (a.orphaned) throw new Error('orphaned');
    expect(rewrapped.slice(a.start, a.end)).toBe('Russia has the political\nwill to  work towards this.');
  });

  it('orphans a quote whose passage was deleted', () => {
    const s = selectorFor(seed, QUOTE);
    const paragraph = seed.split('\n').find((line) => line.includes(QUOTE))!;
    expect(anchorQuote(seed.replace(paragraph, ''), s)).toEqual({ orphaned: true });
  });

  it('orphans an empty selector rather than anchoring it anywhere', () => {
    expect(anchorQuote(seed, describeQuote(seed, 5, 5))).toEqual({ orphaned: true });
  });

  it('tells duplicate occurrences apart by their prefix and suffix, over nearness', () => {
    const alphaSays = 'Alpha, the minister for defence, said "we agree" on Monday morning in Paris. ';
    const betaSays = 'Beta, who leads the opposition party, said "we agree" on Tuesday after a vote. ';
    const text = alphaSays + betaSays;
    const beta = selectorFor(text, 'we agree', 1);
    const alpha = selectorFor(text, 'we agree', 0);
    // The sentences swap: each quote's old offsets now sit on the other one.
    const swapped = betaSays + alphaSays;
    const a = anchorQuote(swapped, beta);
    const b = anchorQuote(swapped, alpha);
    if (a.orphaned || b.orphaned) throw new Error('orphaned');
    expect(a.start).toBe(swapped.indexOf('we agree'));
    expect(b.start).toBe(swapped.lastIndexOf('we agree'));
  });

  it('anchors overlapping quotes independently, both kept', () => {
    const outer = 'the political will to work towards this';
    const inner = 'will to work';
    const so = selectorFor(seed, outer);
    const si = selectorFor(seed, inner);
    const changed = 'Update. ' + seed;
    const a = anchorQuote(changed, so);
    const b = anchorQuote(changed, si);
    if (a.orphaned || b.orphaned) throw new Error('orphaned');
    expect(changed.slice(a.start, a.end)).toBe(outer);
    expect(changed.slice(b.start, b.end)).toBe(inner);
    expect(b.start).toBeGreaterThan(a.start);
    expect(b.end).toBeLessThan(a.end);
  });

  it('prefers the nearest occurrence when the context cannot decide', () => {
    const text = 'x '.repeat(50) + 'same words' + ' y'.repeat(200) + ' same words' + ' z'.repeat(50);
    const s = describeQuote(text, 100, 110);
    const shifted = 'ab ' + text;
    const a = anchorQuote(shifted, { ...s, quote: { ...s.quote, prefix: '', suffix: '' } });
    if (a.orphaned) throw new Error('orphaned');
    expect(a.start).toBe(103);
  });
});
