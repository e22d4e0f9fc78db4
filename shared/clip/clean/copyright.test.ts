import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { copyrightRule } from './copyright';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [copyrightRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('copyright rule', () => {
  const junk: [string, string][] = [
    [`${body}\n\n© 2019 Capitol Hill Publishing Corp. All rights reserved.`, body],
    [`© Getty Images\n${body}`, body],
    [`${body}\nCopyright 2024 The Associated Press.`, body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    'Copyrights on the photos are held by the agency, which licensed them for this article.'.repeat(3),
    'The copyright holder declined to comment.',
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
