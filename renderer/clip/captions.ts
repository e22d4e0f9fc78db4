/**
 * Captions and photo credits: text about a picture, not the story. Readability
 * drops class names, so they are marked before it runs and removed after.
 */
import { foldText } from '../../shared/text/fold';

export const CAPTION_CLASS = 'quire-caption';

const CAPTION_SELECTOR = 'figcaption, [itemprop="caption"], [class*="caption" i], [class*="credit" i], [class*="image-source" i]';
const MAX_CAPTION_CHARS = 600;

/** Marks caption elements of the page; call before Readability, with `classesToPreserve: [CAPTION_CLASS]`. */
export function markCaptions(doc: Document): void {
  for (const element of doc.body?.querySelectorAll(CAPTION_SELECTOR) ?? []) {
    if (element.querySelector('img, picture, video, p + p, h1, h2, h3')) continue;
    if ((element.textContent ?? '').length > MAX_CAPTION_CHARS) continue;
    element.classList.add(CAPTION_CLASS);
  }
}

const comparable = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A <figcaption> of a figure that still holds its picture: shown under it, credit included, never part of the text. */
export function isImageCaption(element: Element): boolean {
  return element.localName === 'figcaption' && element.parentElement?.localName === 'figure' && element.parentElement.querySelector('img') !== null;
}

/**
 * Removes captions that lost their picture (or were never marked up as one), and blocks
 * that only repeat an image's alt text (captions without markup). An image's own
 * <figcaption> stays with it: the reader shows it, the plain text leaves it out.
 */
export function removeCaptions(article: Element, leafBlocks: (root: Element) => Element[]): void {
  for (const caption of [...article.querySelectorAll(`.${CAPTION_CLASS}, figcaption`)]) {
    const figcaption = caption.closest('figcaption');
    if (figcaption && isImageCaption(figcaption)) continue;
    caption.remove();
  }
  const alts = new Set(
    [...article.querySelectorAll('img[alt]')].map((img) => comparable(img.getAttribute('alt') ?? '')).filter((alt) => alt.length >= 20),
  );
  if (alts.size === 0) return;
  const altWords = [...alts].map((alt) => new Set(alt.split(' ')));
  for (const block of leafBlocks(article)) {
    const text = comparable(block.textContent ?? '');
    if (text.length < 20) continue;
    const words = new Set(text.split(' '));
    if (altWords.some((alt) => overlap(words, alt) >= CAPTION_OVERLAP)) block.remove();
  }
}

// Captions often reword the alt text slightly ("Tekaurinui" / "Te Kaurinui"): most words shared is enough.
const CAPTION_OVERLAP = 0.75;

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(a.size, b.size);
}
