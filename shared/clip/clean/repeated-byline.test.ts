import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { repeatedBylineRule } from './repeated-byline';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [repeatedBylineRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('repeated-byline rule', () => {
  const junk: [string, string][] = [
    [`By Jane Doe and John Roe\n\n${body}`, body],
    [`Jane Doe, John Roe\n${body}`, body],
    [`BY JANE DOE\n${body}`, body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    'Jane Doe said the talks would go on.',
    `${body}\n${body}\n${body}\n${body}\nBy Jane Doe`,
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
