import { describe, expect, it } from 'vitest';
import { cleanText } from './index';
import { sharePromptRule } from './share-prompts';

const context = { title: 'Putin says he is ready to start talks', byline: 'Jane Doe, John Roe', siteName: 'The Hill' };
const clean = (text: string) => cleanText(text, context, [sharePromptRule]);
const body = 'Putin said Thursday he did not believe there would be a new arms race.';

describe('share-prompts rule', () => {
  const junk: [string, string][] = [
    [`${body}\n\nShare this article`, body],
    [`Share on Facebook\n${body}`, body],
    [`${body}\nSign up for our daily newsletter to get the news first.`, body],
    [`${body}\nSubscribe to the Morning Brief newsletter`, body],
    [`${body}\nFollow us on Twitter`, body],
    [`${body}\nFollow BBC News on Instagram and TikTok`, body],
  ];
  for (const [input, expected] of junk) {
    it(`cleans ${JSON.stringify(input.slice(0, 60))}`, () => expect(clean(input)).toBe(expected));
  }

  const untouched = [
    'Share prices rose 4% after the announcement.',
    'Follow the money, the senator said, and you will find the answer.',
    'Voters who sign up for the newsletter of a campaign rarely read it, a study of 2,000 people found, and campaigns know it well but still spend on it every cycle.'.repeat(2),
    body,
    '',
  ];
  for (const text of untouched) {
    it(`does nothing to clean text: ${JSON.stringify(text.slice(0, 50))}`, () => expect(clean(text)).toBe(text));
  }
});
