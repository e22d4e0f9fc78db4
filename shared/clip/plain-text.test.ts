import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainTextToArticle, splitParagraphs } from './plain-text';

const seed = readFileSync(new URL('../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');

describe('the seed article pasted as text', () => {
  const article = plainTextToArticle(seed);

  it('takes its title from the first line', () => {
    expect(article.title).toBe("Putin says he's ready to start talks with US on arms control");
  });

  it('leaves no hover card, glued name, repeated headline or credit in the body', () => {
    expect(article.text).not.toMatch(/\bMORE\b/);
    expect(article.text).not.toMatch(/PutinVladimir|TrumpDonald|\p{Ll}\p{Lu}\p{Ll}+ \p{Lu}/u);
    expect(article.text).not.toContain('Getty Images');
    expect(article.text).not.toContain("Putin says he's ready to start talks");
    expect(article.text).toContain('Russian President Vladimir Putin said he’s ready to restart arms control negotiations');
    expect(article.text).toContain('discussed the matter with President Trump when they met');
  });

  it('keeps every quoted paragraph of the source', () => {
    const quoted = seed.split('\n').filter((line) => line.trim().startsWith('“'));
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    // The source has no-break spaces; the clip tidies them to plain spaces.
    for (const paragraph of quoted) expect(article.paragraphs).toContain(paragraph.trim().replace(/\s+/g, ' '));
  });

  it('makes one <p> per paragraph, escaped', () => {
    expect(article.html.match(/<p>/g)).toHaveLength(article.paragraphs.length);
    expect(article.paragraphs.length).toBe(10);
  });
});

describe('splitParagraphs', () => {
  it('joins hard-wrapped lines and keeps short lines apart', () => {
    const wrapped = ['This is a long line of an e-mail that was wrapped at', 'seventy characters by a mail client and goes on and', 'on until it ends.'].join('\n');
    expect(splitParagraphs(wrapped)).toEqual([wrapped.replace(/\n/g, ' ')]);
    expect(splitParagraphs('One.\nTwo.\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });
  it('escapes markup in pasted text', () => {
    expect(plainTextToArticle('Title\n\n<script>alert(1)</script> & co').html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>');
  });
});
