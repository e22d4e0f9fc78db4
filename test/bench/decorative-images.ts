/**
 * `npx tsx test/bench/decorative-images.ts [--kept]`: which images of the fixture pages
 * the clipper drops as decoration. For each page it lists the decorative images that
 * plain Readability would have kept in the article (what the clip loses), and totals
 * them beside the images the clips keep; `--kept` lists those too, to check by eye
 * that no article picture went.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { isDecorativeImage } from '../../shared/clip/decorative-image';
import { imageFacts } from '../../renderer/clip/decorative';
import { clip } from '../../renderer/clip/pipeline';
import { createNodeClipDeps, parseHTMLWithJsdom } from '../cli/node-dom';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);
const URL_OF_PAGE = 'http://fakehost/test/page.html';
const listKept = process.argv.includes('--kept');
const describe = (image: Element) => `${(image.getAttribute('src') ?? '').slice(-70)}  alt=${JSON.stringify(image.getAttribute('alt'))}`;

let inPages = 0;
let inArticles = 0;
let kept = 0;
for (const name of readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  const bytes = readFileSync(new URL(`${name}/source.html`, PAGES));
  const page = parseHTMLWithJsdom(new TextDecoder().decode(bytes), URL_OF_PAGE);
  inPages += [...page.querySelectorAll('img')].filter((img) => isDecorativeImage(imageFacts(img))).length;
  const article = new Readability(page).parse()?.content ?? '';
  const lost = [...new JSDOM(article).window.document.querySelectorAll('img')].filter((img) => isDecorativeImage(imageFacts(img)));
  const result = await clip({ kind: 'bytes', bytes, url: URL_OF_PAGE }, createNodeClipDeps());
  const images = result.ok ? [...new JSDOM(result.draft.html).window.document.querySelectorAll('img')] : [];
  if (!result.ok) continue;
  inArticles += lost.length;
  kept += images.length;
  if (lost.length > 0) console.log(`${name}: dropped ${lost.length}\n${lost.map((img) => `  - ${describe(img)}`).join('\n')}`);
  if (listKept && images.length > 0) console.log(`${name}: kept ${images.length}\n${images.map((img) => `  + ${describe(img)}`).join('\n')}`);
}
console.log(`\nDecorative images: ${inPages} in the pages, ${inArticles} of them inside what Readability keeps as the article (dropped from the clips); ${kept} images kept in the clips.`);
