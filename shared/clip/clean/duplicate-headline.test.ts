import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { duplicateHeadlineRule } from './duplicate-headline';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [duplicateHeadlineRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('duplicate-headline rule', () => {
  const junk: [string, string][] = [
    [`Putin says he is ready to start talks\n\n${body}`, body],
    [`Putin says he’s ready to start talks.\n${body}`, 'Putin says he’s ready to start talks.\n' + body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    `${body}\nPutin says he is ready to start talks`,
    'Putin says he is ready to start talks with the US on Thursday.',
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
