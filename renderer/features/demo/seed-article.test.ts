// A Node unit test (not page code): it reads the team fixture the demo article was cleaned from.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainTextToArticle } from '../../../shared/clip/plain-text';
import { SEED_ARTICLE, SEED_QUOTES } from './seed-article';

const fixture = readFileSync(new URL('../../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');

describe('the demo article', () => {
  it('is the reference article exactly as the clipper cleans it (no hover-card junk)', () => {
    const article = plainTextToArticle(fixture, { byline: '', siteName: SEED_ARTICLE.siteName });
    expect(article.title).toBe(SEED_ARTICLE.title);
    expect(article.paragraphs).toEqual(SEED_ARTICLE.paragraphs);
    expect(article.text).not.toMatch(/MORE|Vladimir Vladimirovich/);
  });

  it('quotes only passages that occur once in its text', () => {
    const text = SEED_ARTICLE.paragraphs.join('\n\n');
    for (const quote of SEED_QUOTES) {
      expect(text.indexOf(quote.exact)).toBeGreaterThan(-1);
      expect(text.indexOf(quote.exact, text.indexOf(quote.exact) + 1)).toBe(-1);
    }
  });
});
