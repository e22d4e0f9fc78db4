import { describe, expect, it } from 'vitest';
import { normaliseByline, normaliseLang, resolveHttpUrl, splitAuthors, stripSiteName, toIsoDate } from './metadata';

describe('bylines', () => {
  const cases: [string | string[], string][] = [
    ['By Erin Cunningham', 'Erin Cunningham'],
    ['BY  Jane Doe and John Roe', 'Jane Doe, John Roe'],
    ['Jane Doe, John Roe & Ann Poe', 'Jane Doe, John Roe, Ann Poe'],
    [['Jane Doe', 'jane doe', 'https://example.com/staff/jane'], 'Jane Doe'],
    ['Written by: Martin Luther King, Jr.', 'Martin Luther King, Jr'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['', ''],
  ];
  for (const [raw, expected] of cases) {
    it(`normalises ${JSON.stringify(raw)}`, () => expect(normaliseByline(raw)).toBe(expected));
  }
  it('splits authors into a list', () => expect(splitAuthors('A. One and B. Two')).toEqual(['A. One', 'B. Two']));
});

describe('stripSiteName', () => {
  const cases: [string, string, string][] = [
    ['Attack stokes fears - Washington Post', 'Washington Post', 'Attack stokes fears'],
    ['Attack stokes fears | The Washington Post', 'Washington Post', 'Attack stokes fears'],
    ['BBC News | Obama admits frustration', 'BBC News', 'Obama admits frustration'],
    ['Obama admits frustration - BBC News', 'BBC', 'Obama admits frustration - BBC News'],
    ['Spider-Man: a review - Le Monde.fr', 'Le Monde', 'Spider-Man: a review'],
    ['Whale strandings | Eleanor Ainge Roy', 'the Guardian', 'Whale strandings | Eleanor Ainge Roy'],
    ['A title with no site', 'Site', 'A title with no site'],
    ['Title - Site', '', 'Title - Site'],
  ];
  for (const [title, site, expected] of cases) {
    it(`${title} / ${site}`, () => expect(stripSiteName(title, site)).toBe(expected));
  }
});

describe('toIsoDate', () => {
  it('turns the forms pages use into ISO', () => {
    expect(toIsoDate('2015-07-24T05:36:09+01:00')).toBe('2015-07-24T04:36:09.000Z');
    expect(toIsoDate('2019-08-01')).toBe('2019-08-01');
    expect(toIsoDate('20190801')).toBe('2019-08-01');
    expect(toIsoDate('2019-08-01 10:00:00Z')).toBe('2019-08-01T10:00:00.000Z');
    expect(toIsoDate('Thu, 01 Aug 2019 10:00:00 GMT')).toBe('2019-08-01T10:00:00.000Z');
  });
  it('refuses what is not a date', () => {
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate('0001-01-01T00:00:00Z')).toBeNull();
  });
});

describe('normaliseLang', () => {
  it('makes BCP 47 tags', () => {
    expect(normaliseLang('en_US')).toBe('en-US');
    expect(normaliseLang('RU')).toBe('ru');
    expect(normaliseLang('ru-ru, en;q=0.8')).toBe('ru-RU');
    expect(normaliseLang('not a language!')).toBe('');
    expect(normaliseLang(null)).toBe('');
  });
});

describe('resolveHttpUrl', () => {
  it('resolves against the page and refuses other schemes', () => {
    expect(resolveHttpUrl('/a/b?c=1', 'https://example.com/x/y')).toBe('https://example.com/a/b?c=1');
    expect(resolveHttpUrl('javascript:alert(1)', 'https://example.com/')).toBe('');
    expect(resolveHttpUrl('/relative', '')).toBe('');
  });
});
