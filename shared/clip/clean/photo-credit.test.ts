import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { photoCreditRule } from './photo-credit';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [photoCreditRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('photo-credit rule', () => {
  const junk: [string, string][] = [
    [`${body}\nPhotograph: Maxim Shemetov/Reuters`, body],
    [`Photo: Reuters\n${body}`, body],
    [`Putin spoke in Moscow (Photo: Reuters) on Thursday.`, 'Putin spoke in Moscow on Thursday.'],
    [`He arrived (Photo by Jane Doe/Getty Images) late.`, 'He arrived late.'],
    [`Getty Images\n${body}`, body],
    [`${body}\nImage credit: NASA/JPL`, body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    'The photograph, taken in 1962, shows the missiles in Cuba.',
    'Reuters reported on Thursday that talks would resume (a first since 2019).',
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
