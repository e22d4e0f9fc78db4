/**
 * SVG is an image that can run script: opened on its own (the reader's
 * "Open image in new tab") a stored SVG would be a page of the app's origin.
 * So an SVG is kept only as a picture: DOMPurify's SVG profile, without
 * foreignObject, script, animation, event handlers or any reference outside the
 * image itself, in attributes or in CSS. What survives is serialized again as
 * SVG, never stored as the page sent it.
 */
import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';

const SVG_NS = 'http://www.w3.org/2000/svg';

const CONFIG: Config & { RETURN_DOM: true } = {
  USE_PROFILES: { svg: true, svgFilters: true },
  FORBID_TAGS: ['foreignObject', 'script', 'animate', 'animateMotion', 'animateTransform', 'animateColor', 'set', 'a', 'iframe', 'handler', 'listener'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM: true,
};

/** A reference that stays inside the image: a fragment (#id) and nothing else. */
const LOCAL_REFERENCE = /^\s*#[^\s"'()]*\s*$/;
const CSS_URL = /url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi;
const HREF_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/** True when a CSS text names anything outside the image (a url() that is not #fragment, @import), or hides how (escapes). */
function cssReachesOut(css: string): boolean {
  if (/\\|@import|expression\s*\(|image-set\s*\(|-moz-binding/i.test(css)) return true;
  for (const [, , target = ''] of css.matchAll(CSS_URL)) if (!LOCAL_REFERENCE.test(target)) return true;
  // A url( the pattern above could not read (unbalanced quotes...) is not trusted either.
  return /url\s*\(/i.test(css.replace(CSS_URL, ''));
}

let purifier: DOMPurify | null = null;

function svgPurifier(): DOMPurify | null {
  if (purifier) return purifier;
  if (typeof window === 'undefined') return null;
  const purify = createDOMPurify(window);
  if (!purify.isSupported) return null;
  purify.addHook('uponSanitizeElement', (node, data) => {
    // Emptied rather than removed: DOMPurify is still walking the tree.
    if (data.tagName === 'style' && cssReachesOut(node.textContent ?? '')) node.textContent = '';
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue;
    if (name.startsWith('on')) data.keepAttr = false;
    else if (HREF_ATTRIBUTES.has(name) && !LOCAL_REFERENCE.test(value)) data.keepAttr = false;
    else if (/url\s*\(|\\/i.test(value) && cssReachesOut(value)) data.keepAttr = false;
  });
  purifier = purify;
  return purify;
}

/**
 * The SVG made safe to store and show, or null when it is not an SVG document
 * (not well-formed, another root element, entity declarations) or nothing of it
 * survives. Needs a DOM: where there is none (Node), every SVG is refused.
 */
export function sanitizeSvg(text: string): string | null {
  const purify = svgPurifier();
  // Entity declarations are how an XML file grows to gigabytes when parsed; no real image needs them.
  if (!purify || /<!ENTITY/i.test(text)) return null;
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return null;
  const body = purify.sanitize(root, CONFIG);
  const svg = body.firstElementChild;
  if (!svg || svg.namespaceURI !== SVG_NS || svg.localName !== 'svg') return null;
  return new XMLSerializer().serializeToString(svg);
}
