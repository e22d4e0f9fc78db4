import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { relatedLinksRule } from './related-links';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [relatedLinksRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('related-links rule', () => {
  const junk: [string, string][] = [
    [`${body}\n\nRead more: Russia quits arms treaty\n\n${body}`, `${body}\n\n${body}`],
    [`${body}\nRelated: What the INF treaty banned`, body],
    [`${body}\nSee also: New START`, body],
    [`${body}\nRelated stories`, body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    'Related talks in Geneva stalled: neither side moved.',
    'Read more carefully, the treaty bans far more than missiles.',
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
