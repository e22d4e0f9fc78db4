import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { advertisementRule } from './advertisement';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [advertisementRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('advertisement rule', () => {
  const junk: [string, string][] = [
    [`${body}\n\nAdvertisement\n\n${body}`, `${body}\n\n${body}`],
    [`ADVERTISEMENT\n${body}`, body],
    [`${body}\nStory continues below advertisement\n${body}`, `${body}\n${body}`],
    [`${body}\n\nContinue reading the main story`, body],
    [`${body}\n  Advertisement:  `, body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    'Advertisement revenue fell by a third last year, the company said.',
    'The advertisement ran in 40 newspapers.',
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
