import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clip } from '../../renderer/clip/pipeline';
import { createNodeClipDeps } from '../cli/node-dom';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);

async function clipPage(name: string) {
  const result = await clip({ kind: 'bytes', bytes: readFileSync(new URL(`${name}/source.html`, PAGES)), url: 'http://fakehost/test/page.html' }, createNodeClipDeps());
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

describe('decorative images, on real pages', () => {
  it('BBC: the 2px "line" dividers go, every photograph of the story stays', async () => {
    const draft = await clipPage('bbc-1');
    expect(draft.images.map((image) => image.alt)).not.toContain('line');
    expect(draft.html).not.toContain('line976');
    expect(draft.images.map((image) => image.src)).toEqual(
      expect.arrayContaining([expect.stringContaining('_84456971_gettyimages-167501087.jpg'), expect.stringContaining('_84456972_p072315al-0500.jpg'), expect.stringContaining('_84458628_shirtreuters.jpg')]),
    );
  });

  it('CNET: pictures sized "570 by 0" are content, and stay', async () => {
    const draft = await clipPage('cnet');
    expect(draft.images.map((image) => image.src)).toContainEqual(expect.stringContaining('mark-zuckerberg-facebook-home'));
  });

  it('Wikipedia: the formulas drawn as aria-hidden pictures stay (the clip keeps no MathML)', async () => {
    const draft = await clipPage('wikipedia-3');
    expect(draft.images.filter((image) => image.src.includes('/media/math/render/')).length).toBeGreaterThan(20);
  });
});
