import { describe, expect, it } from 'vitest';
import { clip } from './pipeline';
import { createBrowserClipDeps } from './browser';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i} of the article, long enough to be read as the article body by Readability, with a <a href="../related/${i}">relative link</a> in it and more words after it.</p>`,
).join('');

describe('createBrowserClipDeps', () => {
  it('resolves a page’s relative URLs against its address, although the CSP refuses <base>', () => {
    const doc = createBrowserClipDeps().parseHTML('<p><a href="/a">a</a><img src="img/b.png" srcset="img/b.png 1x, img/b2.png 2x"><a href="#top">t</a></p>', 'https://news.example.org/world/story.html');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://news.example.org/a');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example.org/world/img/b.png');
    expect(doc.querySelector('img')!.getAttribute('srcset')).toBe('https://news.example.org/world/img/b.png 1x, https://news.example.org/world/img/b2.png 2x');
    expect(doc.querySelectorAll('a')[1]!.getAttribute('href')).toBe('#top');
  });

  it('honours the page’s own <base href>', () => {
    const doc = createBrowserClipDeps().parseHTML('<head><base href="https://cdn.example.net/assets/"></head><body><img src="pic.jpg"></body>', 'https://news.example.org/story');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.net/assets/pic.jpg');
  });

  it('gives clipped articles absolute links in the real pipeline', async () => {
    const result = await clip({ kind: 'html', html: `<html><head><title>Story</title></head><body><article><h1>Story</h1>${paragraphs}</article></body></html>`, url: 'https://news.example.org/world/story' }, createBrowserClipDeps());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.html).toContain('href="https://news.example.org/related/0"');
    expect(result.draft.html).not.toContain('127.0.0.1');
  });
});
