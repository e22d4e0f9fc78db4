import { commands } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { createBrowserClipDeps } from '../../clip/browser';
import { clip } from '../../clip/pipeline';
import { applyHighlights } from './highlight';
import { buildTextMap } from './text-map';

async function clipFixture(name: string) {
  const html = await commands.readFile(`../shared/fixtures/pages/${name}/source.html`);
  const result = await clip({ kind: 'html', html, url: 'http://fakehost/test/page.html' }, createBrowserClipDeps());
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

describe('captions in the reader, on a real page (BBC)', () => {
  it('show under their pictures, take no part in the text map, and quotes around them mark exactly their words', async () => {
    const draft = await clipFixture('bbc-1');
    const root = document.createElement('article');
    root.innerHTML = draft.html;
    document.body.append(root);
    const captions = [...root.querySelectorAll('figure > figcaption')];
    expect(captions.length).toBeGreaterThan(0);

    const map = buildTextMap(root, draft.text);
    expect(map.nodes.some((node) => node.parentElement?.closest('figcaption'))).toBe(false);

    // The sentences right after each caption: the text map must not drift on the caption's words.
    const quotes = ['"For us not to be able to resolve that issue has been something that is distressing," he added.', 'Nine months ago, the president seemed like a spent force'];
    const highlights = quotes.map((exact, i) => {
      const start = draft.text.indexOf(exact);
      expect(start, exact).toBeGreaterThan(-1);
      return { id: `q${i}`, start, end: start + exact.length, colour: 'yellow' as const };
    });
    applyHighlights(root, draft.text, highlights);
    for (const [i, exact] of quotes.entries()) {
      const marks = [...root.querySelectorAll(`mark[data-quote-ids~="q${i}"]`)];
      expect(marks.map((m) => m.textContent).join('').replace(/\s+/g, ' ')).toBe(exact);
    }
    expect(root.querySelector('figcaption mark')).toBeNull();
    root.remove();
  });
});
