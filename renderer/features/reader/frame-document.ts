/**
 * The reader frame's document: the clip's sanitized HTML in a page of its own
 * with the app's reader stylesheet. It is parsed inertly (DOMParser loads
 * nothing), `asset:<id>` images are pointed at blob: URLs of the stored
 * assets, and anything that could load or run is dropped once more, in case
 * an older clip predates today's sanitizer. The frame is sandboxed without
 * scripts, so none of it could run anyway.
 */
import { imageSourceKey } from '../../../shared/clip/data-image';
import { isDecorativeImage } from '../../../shared/clip/decorative-image';
import { imageFacts } from '../../clip/decorative';

const DROP = 'script, style, link, meta, base, iframe, frame, object, embed, form, input, button, textarea, select';

export function buildFrameDocument(html: string, assetUrls: ReadonlyMap<string, string>, stylesheetHref: string, lang = ''): string {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><head></head><body><article class="quire-article"></article></body></html>`, 'text/html');
  const article = parsed.querySelector('article')!;
  article.innerHTML = html;
  for (const element of article.querySelectorAll(DROP)) element.remove();
  for (const element of article.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name === 'style' || attribute.name.startsWith('on') || attribute.name === 'srcset') element.removeAttribute(attribute.name);
    }
  }
  for (const image of article.querySelectorAll('img')) rewriteImage(image, assetUrls);
  for (const link of article.querySelectorAll('a[href], area[href]')) {
    link.setAttribute('rel', 'noopener noreferrer');
    link.setAttribute('target', '_blank');
  }
  const head = parsed.head;
  head.innerHTML = '<meta charset="utf-8">';
  const sheet = parsed.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = stylesheetHref;
  head.append(sheet);
  if (lang) parsed.documentElement.lang = lang;
  return `<!doctype html>${parsed.documentElement.outerHTML}`;
}

/** A stored image shows from its blob; one that is not stored (or not local) shows as its alt text, never from the network; decoration not at all. */
function rewriteImage(image: HTMLImageElement, assetUrls: ReadonlyMap<string, string>): void {
  // Clips made before decorative images were dropped still hold some: a divider is no "[image: line]".
  if (isDecorativeImage(imageFacts(image))) return image.remove();
  const src = image.getAttribute('src') ?? '';
  const local = src.startsWith('asset:') ? assetUrls.get(src.slice('asset:'.length)) : assetUrls.get(imageSourceKey(src));
  if (local) {
    image.setAttribute('src', local);
    return;
  }
  const alt = image.getAttribute('alt')?.trim();
  if (alt) {
    const placeholder = image.ownerDocument.createElement('span');
    placeholder.className = 'missing-image';
    placeholder.textContent = `[image: ${alt}]`;
    image.replaceWith(placeholder);
  } else {
    image.remove();
  }
}
