import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clip } from '../../renderer/clip/pipeline';
import { createNodeClipDeps } from '../cli/node-dom';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);

async function clipPage(name: string) {
  const result = await clip({ kind: 'bytes', bytes: readFileSync(new URL(`${name}/source.html`, PAGES)), url: 'http://fakehost/test/page.html' }, createNodeClipDeps());
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

describe('captions and photo credits, on real pages', () => {
  it('BBC: each photograph keeps its caption under it, and the text used for quotes has none', async () => {
    const draft = await clipPage('bbc-1');
    const doc = new JSDOM(draft.html).window.document;
    const captions = [...doc.querySelectorAll('figure > figcaption')];
    expect(captions.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toContainEqual(expect.stringContaining('Kenya is getting ready to welcome the US president'));
    for (const caption of captions) {
      expect(caption.parentElement!.querySelector('img')).not.toBeNull();
      expect(draft.text).not.toContain(caption.textContent!.replace(/\s+/g, ' ').trim().slice(-40));
    }
  });

  it('Motherboard: the photo credits stay in the captions with their pictures, out of the text', async () => {
    const draft = await clipPage('keep-images');
    const doc = new JSDOM(draft.html).window.document;
    const captions = [...doc.querySelectorAll('figure > figcaption')].map((c) => c.textContent ?? '');
    expect(captions).toContain('Photo by Joan Bardeletti');
    expect(captions.some((text) => text.includes('Photo: Joseph Cox'))).toBe(true);
    expect(draft.text).not.toContain('at the Barcelona testing lab | photo by');
  });
});
