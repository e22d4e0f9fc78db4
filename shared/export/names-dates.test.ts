import { describe, expect, it } from 'vitest';
import { headlineCase } from './capitalization';
import { dateSortKey, dayOfInstant, longDate, parseIsoDate } from './dates';
import { initials, parseByline } from './names';

describe('parseIsoDate', () => {
  it('reads the calendar date as written, whatever the time and offset', () => {
    expect(parseIsoDate('2019-07-04')).toEqual([2019, 7, 4]);
    expect(parseIsoDate('2019-07-04T23:59:59-11:00')).toEqual([2019, 7, 4]);
    expect(parseIsoDate('2019-07-04T00:30:00+14:00')).toEqual([2019, 7, 4]);
    expect(parseIsoDate(' 2019-07 ')).toEqual([2019, 7]);
    expect(parseIsoDate('2019')).toEqual([2019]);
  });

  it('keeps only the parts that are real, and gives up on what is not a date', () => {
    expect(parseIsoDate('2019-02-30')).toEqual([2019, 2]);
    expect(parseIsoDate('2020-02-29')).toEqual([2020, 2, 29]);
    expect(parseIsoDate('2019-13-01')).toEqual([2019]);
    expect(parseIsoDate('July 4, 2019')).toBeNull();
    expect(parseIsoDate('20190704')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('names the day of an instant in the user’s zone, and sorts partial dates first', () => {
    const lateUtc = Date.UTC(2019, 6, 4, 23, 30);
    expect(dayOfInstant(lateUtc)).toEqual([2019, 7, 4]);
    expect(dayOfInstant(lateUtc, 120)).toEqual([2019, 7, 5]);
    expect(dayOfInstant(lateUtc, -24 * 60)).toEqual([2019, 7, 3]);
    expect(longDate([2019, 7, 4])).toBe('July 4, 2019');
    expect(longDate([2019, 7])).toBe('July 2019');
    expect([[2019, 7, 4], [2019], [2019, 7]].map((d) => dateSortKey(d as never)).sort()).toEqual(['20190000', '20190700', '20190704']);
  });
});

describe('parseByline', () => {
  it('splits people and keeps organizations whole', () => {
    expect(parseByline('By Jane Doe and John Roe')).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Roe', given: 'John' },
    ]);
    expect(parseByline('Reuters')).toEqual([{ literal: 'Reuters' }]);
    expect(parseByline('Jane Doe, The Hill Staff & Associated Press')).toEqual([
      { family: 'Doe', given: 'Jane' },
      { literal: 'The Hill Staff' },
      { literal: 'Associated Press' },
    ]);
    expect(parseByline('Charles de Gaulle')).toEqual([{ family: 'de Gaulle', given: 'Charles' }]);
    expect(parseByline('Иван Петров и Анна Сидорова')).toEqual([
      { family: 'Петров', given: 'Иван' },
      { family: 'Сидорова', given: 'Анна' },
    ]);
    expect(parseByline('Martin Luther King, Jr.')).toEqual([{ family: 'King', given: 'Martin Luther' }]);
    expect(parseByline('  ')).toEqual([]);
    expect(parseByline('Jane Doe | Updated 3 hours ago')).toEqual([{ family: 'Doe', given: 'Jane' }]);
  });

  it('makes APA initials, hyphenated names included', () => {
    expect(initials('Jean-Pierre')).toBe('J.-P.');
    expect(initials('Mary Ann')).toBe('M. A.');
    expect(initials('Ёжик')).toBe('Ё.');
  });
});

describe('headlineCase', () => {
  it('raises words but never lowers what the source capitalised', () => {
    expect(headlineCase("Putin says he's ready to start talks with US on arms control")).toBe(
      "Putin Says He's Ready to Start Talks with US on Arms Control",
    );
    expect(headlineCase('the case for arms-control talks: a view from iPhone users')).toBe(
      'The Case for Arms-Control Talks: A View from iPhone Users',
    );
    expect(headlineCase('what it is for')).toBe('What It Is For');
  });
});
