import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isEmptyQuery, parsePeriod, parseQuery } from './query';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('parseQuery: words', () => {
  it('folds words and makes the last one a prefix while typing', () => {
    const q = parseQuery('Nuclear TREATY');
    expect(q.words).toEqual([{ term: 'nuclear', prefix: false }, { term: 'treaty', prefix: true }]);
  });

  it('does not treat the last word as a prefix after a space or when not typing', () => {
    expect(parseQuery('treaty ').words).toEqual([{ term: 'treaty', prefix: false }]);
    expect(parseQuery('treaty', false).words).toEqual([{ term: 'treaty', prefix: false }]);
  });

  it('folds Cyrillic and accents', () => {
    expect(parseQuery('Путин Pétain ').words.map((w) => w.term)).toEqual(['путин', 'petain']);
  });

  it('turns a hyphenated word into a phrase of its parts', () => {
    const q = parseQuery('Intermediate-Range treaty');
    expect(q.phrases).toEqual([['intermediate', 'range']]);
    expect(q.words.map((w) => w.term)).toEqual(['treaty']);
  });

  it('keeps clitics as typed', () => {
    expect(parseQuery("he's ").words).toEqual([{ term: "he's", prefix: false }]);
  });
});

describe('parseQuery: phrases and exclusions', () => {
  it('parses quoted phrases, which are never prefixes', () => {
    const q = parseQuery('"New START" treaty');
    expect(q.phrases).toEqual([['new', 'start']]);
    expect(parseQuery('"START"').words).toEqual([{ term: 'start', prefix: false }]);
  });

  it('excludes words and phrases', () => {
    const q = parseQuery('missile -cruise -"New START" ');
    expect(q.words.map((w) => w.term)).toEqual(['missile']);
    expect(q.excluded).toEqual(['cruise']);
    expect(q.excludedPhrases).toEqual([['new', 'start']]);
  });

  it('searches an unbalanced quote as plain words', () => {
    const q = parseQuery('treaty "New STA');
    expect(q.phrases).toEqual([]);
    expect(q.words).toEqual([
      { term: 'treaty', prefix: false },
      { term: 'new', prefix: false },
      { term: 'sta', prefix: true },
    ]);
  });

  it('ignores a lone minus and lone quotes', () => {
    expect(parseQuery('- "" " -').words).toEqual([]);
    expect(isEmptyQuery(parseQuery('- "" " -'))).toBe(true);
  });
});

describe('parseQuery: filters', () => {
  it('parses entity, tag and site filters with quoted values', () => {
    const q = parseQuery('actor:"Vladimir Putin" treaty:INF tag:arms speaker:Lavrov site:bbc.co.uk');
    expect(q.filters).toEqual([
      { key: 'actor', terms: ['vladimir', 'putin'], negated: false },
      { key: 'treaty', terms: ['inf'], negated: false },
      { key: 'tag', terms: ['arms'], negated: false },
      { key: 'speaker', terms: ['lavrov'], negated: false },
      { key: 'site', terms: ['bbc', 'co', 'uk'], negated: false },
    ]);
    expect(q.words).toEqual([]);
  });

  it('accepts case-insensitive keys and negated filters', () => {
    const q = parseQuery('Actor:Putin -tag:draft');
    expect(q.filters).toEqual([
      { key: 'actor', terms: ['putin'], negated: false },
      { key: 'tag', terms: ['draft'], negated: true },
    ]);
  });

  it('parses types, plural and alternatives, and their negation', () => {
    expect(parseQuery('type:quote').types).toEqual(['quote']);
    expect(parseQuery('type:clips|notes').types).toEqual(['clip', 'note']);
    expect(parseQuery('-type:note').types).toEqual(['clip', 'quote']);
    expect(parseQuery('type:clip type:note').types).toEqual([]);
  });

  it('defines before: as before the period starts and after: as after it ends', () => {
    expect(parseQuery('before:2019').before).toBe(day('2019-01-01'));
    expect(parseQuery('after:2019').after).toBe(day('2020-01-01'));
    expect(parseQuery('after:2019-06').after).toBe(day('2019-07-01'));
    expect(parseQuery('before:2019-06-15').before).toBe(day('2019-06-15'));
    expect(parseQuery('after:2019-12-31').after).toBe(day('2020-01-01'));
    const q = parseQuery('after:2010 before:2020 after:2012');
    expect([q.after, q.before]).toEqual([day('2013-01-01'), day('2020-01-01')]);
  });

  it('searches empty, unknown or malformed filters as plain words', () => {
    expect(parseQuery('actor: putin ').words.map((w) => w.term)).toEqual(['actor', 'putin']);
    expect(parseQuery('colour:red ').words.map((w) => w.term)).toEqual(['colour', 'red']);
    expect(parseQuery('before:soon ').words.map((w) => w.term)).toEqual(['before', 'soon']);
    expect(parseQuery('type:video ').words.map((w) => w.term)).toEqual(['type', 'video']);
    expect(parseQuery('after:2019-13 ').words.map((w) => w.term)).toEqual(['after', '2019', '13']);
    expect(parseQuery('actor:"').filters).toEqual([]);
  });
});

describe('parsePeriod and dayOf', () => {
  it('rejects impossible dates', () => {
    expect(parsePeriod('2019-02-30')).toBeNull();
    expect(parsePeriod('19')).toBeNull();
    expect(parsePeriod('2019-02-28')).toEqual({ start: day('2019-02-28'), end: day('2019-03-01') });
  });

  it('reads ISO dates, date-times, months and years', () => {
    expect(dayOf('2019-08-02')).toBe(day('2019-08-02'));
    expect(dayOf('2019-08-02T23:30:00Z')).toBe(day('2019-08-02'));
    expect(dayOf('2019')).toBe(day('2019-01-01'));
    expect(dayOf('2019-08')).toBe(day('2019-08-01'));
    expect(dayOf('garbage')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
});

describe('parseQuery never throws', () => {
  it('on any string', () => {
    fc.assert(fc.property(fc.string(), fc.boolean(), (text, typing) => {
      const q = parseQuery(text, typing);
      return Array.isArray(q.words) && q.words.every((w) => w.term.length > 0);
    }), { numRuns: 2000 });
  });

  it('on strings made of the query syntax', () => {
    const atom = fc.constantFrom('"', '-', ':', ' ', 'actor', 'type', 'before', '2019', 'Путин', 'é', '|', 'x');
    fc.assert(fc.property(fc.array(atom, { maxLength: 30 }), (atoms) => {
      parseQuery(atoms.join(''));
      return true;
    }), { numRuns: 2000 });
  });
});
