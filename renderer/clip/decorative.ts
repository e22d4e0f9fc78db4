/** Decorative images (shared/clip/decorative-image.ts) taken out of a page before Readability reads it. */
import { isDecorativeImage, type ImageFacts } from '../../shared/clip/decorative-image';

export function imageFacts(image: Element): ImageFacts {
  const get = (name: string) => image.getAttribute(name);
  return {
    src: get('src') ?? '',
    alt: get('alt'),
    width: get('width'),
    height: get('height'),
    role: get('role'),
    ariaHidden: get('aria-hidden'),
    className: get('class'),
    style: get('style'),
  };
}

const MEDIA = 'img, picture, video, audio, svg, iframe, object, embed, canvas';

/**
 * Removes decorative images, with the wrappers left holding nothing (a <figure> around
 * a divider, a link around a tracking pixel). Returns how many images went.
 */
export function dropDecorativeImages(root: Document | Element): number {
  let dropped = 0;
  for (const image of [...root.querySelectorAll('img')]) {
    if (!isDecorativeImage(imageFacts(image))) continue;
    let gone: Element = image;
    let parent = image.parentElement;
    gone.remove();
    while (parent && !/^(?:BODY|HTML|ARTICLE|MAIN)$/i.test(parent.tagName) && (parent.textContent ?? '').trim() === '' && !parent.querySelector(MEDIA)) {
      gone = parent;
      parent = parent.parentElement;
      gone.remove();
    }
    dropped++;
  }
  return dropped;
}
