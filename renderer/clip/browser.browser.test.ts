import { describe, expect, it } from 'vitest';
import { clip } from './pipeline';
import { commands } from 'vitest/browser';
import { createBrowserClipDeps, parseHTMLInSlicesInBrowser } from './browser';

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

describe('the sliced parser', () => {
  const SAMPLE = ['bbc-1', 'guardian-1', 'nytimes-1', 'wapo-1', 'medium-1', 'ars-1', 'base-url-base-element-relative', 'cnn', 'lemonde-1', 'wikipedia', 'yahoo-2', 'comment-inside-script-parsing'];

  it('makes the same clip as DOMParser of real pages', async () => {
    const sliced = createBrowserClipDeps();
    const { parseHTMLInSlices: _unused, ...oneShot } = sliced;
    for (const name of SAMPLE) {
      const html = await commands.readFile(`../shared/fixtures/pages/${name}/source.html`);
      const url = 'http://fakehost/test/page.html';
      const [a, b] = [await clip({ kind: 'html', html, url }, oneShot), await clip({ kind: 'html', html, url }, sliced)];
      expect(b, name).toEqual(a);
    }
  });

  it('is inert: no script runs and nothing loads', async () => {
    const marks = window as unknown as Record<string, unknown>;
    const doc = await parseHTMLInSlicesInBrowser(
      `<html><head><script>window.__slicedRan = 1</script></head><body><img src="/never-loaded.png" onerror="window.__slicedError = 1" onload="window.__slicedLoad = 1"><p>${'text '.repeat(20_000)}</p></body></html>`,
      'https://news.example.org/story',
      () => new Promise((resolve) => setTimeout(resolve, 0)),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example.org/never-loaded.png');
    expect([marks.__slicedRan, marks.__slicedError, marks.__slicedLoad]).toEqual([undefined, undefined, undefined]);
  });
});
