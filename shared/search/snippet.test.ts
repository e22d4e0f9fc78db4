import { describe, expect, it } from 'vitest';
import { highlightAll, hitTest, makeSnippet } from './snippet';
import type { HitTest } from './snippet';

const marked = (text: string, test: HitTest) => highlightAll(text, test).map(([start, end]) => text.slice(start, end));

/** The same terms, found only by tokenizing: what the native pattern must agree with. */
const tokenizing = (test: HitTest): HitTest => ({ ...test, pattern: null, complete: false });

const TEXTS = [
  'The economy’s growth slowed, and economists blamed the Economy Ministry.',
  "Putin's economy-wide plan: the taxes and tax cuts he's proposed (2019) for the economy.",
  'Syntax aside, the new newspaper said the tax was “unfair” — taxing, even.',
  'ECONOMY. economy, Economy; economy’s economy\u02bcs',
];

const QUERIES: [string[], string[]][] = [
  [['economy', 'economies'], []],
  [["economy's", 'economy'], ['econom']],
  [['tax', 'taxes'], []],
  [[], ['tax']],
  [['new'], ['e']],
  [['2019', "he's"], []],
];

describe('hitTest and highlightAll', () => {
  it('marks the same words natively as tokenizing does, across apostrophes, hyphens, case and word edges', () => {
    for (const text of TEXTS) {
      for (const [terms, prefixes] of QUERIES) {
        const test = hitTest(terms, prefixes);
        expect(test.pattern).not.toBeNull();
        expect(marked(text, test), `${JSON.stringify(terms)} ${JSON.stringify(prefixes)} in ${text}`).toEqual(marked(text, tokenizing(test)));
      }
    }
  });

  it('marks a whole word with its clitic for a prefix, in any apostrophe', () => {
    expect(marked('The economy’s turn, the economy\u02bcs and the economy\'s.', hitTest([], ['econ']))).toEqual(['economy’s', 'economy\u02bcs', "economy's"]);
  });

  it('never marks a word inside a longer one', () => {
    expect(marked('Syntax, taxing, taxes and a tax.', hitTest(['tax'], []))).toEqual(['tax']);
  });

  it('still finds accented spellings of an ASCII term (é = e) by tokenizing where the pattern finds none', () => {
    expect(marked('La politique économique du gouvernement.', hitTest(['economique'], []))).toEqual(['économique']);
  });

  it('tokenizes for terms a pattern cannot spell (Cyrillic)', () => {
    const test = hitTest(['путин'], []);
    expect(test.pattern).toBeNull();
    expect(marked('Заявление Путин сделал в Москве.', test)).toEqual(['Путин']);
  });

  it('mixes both when some terms are ASCII and some are not', () => {
    const test = hitTest(['путин', 'putin'], []);
    expect(test.complete).toBe(false);
    expect(marked('Путин said nothing.', test)).toEqual(['Путин']);
    expect(marked('Putin said nothing.', test)).toEqual(['Putin']);
  });
});

describe('makeSnippet', () => {
  it('marks nothing and gives the opening words for a query of filters only', () => {
    const test = hitTest([], []);
    expect(test).toMatchObject({ pattern: null, complete: true });
    expect(makeSnippet('The economy grew. '.repeat(20), test)).toEqual({ text: `${'The economy grew. '.repeat(11).trimEnd()}…`, highlights: [] });
  });


  it('centres on the stretch with the most distinct terms and gives ranges inside the snippet', () => {
    const filler = 'Nothing of note happened here at all. '.repeat(30);
    const text = `${filler}The tax rose. ${filler}The tax and the economy both grew, officials said. ${filler}`;
    const snippet = makeSnippet(text, hitTest(['tax', 'economy'], []));
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights.map(([start, end]) => snippet.text.slice(start, end))).toEqual(['tax', 'economy']);
  });

  it('gives the opening words when nothing in the text is a hit', () => {
    const snippet = makeSnippet('A short text with no hits.', hitTest(['treaty'], []));
    expect(snippet).toEqual({ text: 'A short text with no hits.', highlights: [] });
  });
});
