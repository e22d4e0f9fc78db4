/**
 * The last step of clipping: DOMPurify with the html profile and nothing that
 * loads, submits or styles. Clipped HTML is untrusted forever; what this returns
 * is stored as is and never edited afterwards.
 */
import type { Config, DOMPurify } from 'dompurify';

const FORBID_TAGS = [
  'form', 'input', 'button', 'select', 'option', 'textarea', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'base', 'meta', 'link', 'script', 'noscript', 'template', 'audio', 'video', 'source', 'track', 'picture', 'canvas',
  'dialog', 'slot', 'portal',
];
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'sizes', 'action', 'formaction', 'ping', 'background', 'poster', 'xlink:href', 'tabindex'];

// http(s), mail and the app's own asset: URLs; fragments and nothing else. Raster data images are let through below.
const SAFE_URL = /^(?:https?:|mailto:|asset:|#)/i;
const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;
const URL_ATTRS = new Set(['href', 'src', 'cite', 'longdesc']);

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_URL,
  RETURN_DOM_FRAGMENT: true,
};

const configured = new WeakSet<DOMPurify>();

function installHooks(purify: DOMPurify): void {
  if (configured.has(purify)) return;
  configured.add(purify);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (!URL_ATTRS.has(data.attrName)) return;
    const value = data.attrValue.trim();
    const allowed = SAFE_URL.test(value) || (data.attrName === 'src' && RASTER_DATA_IMAGE.test(value));
    if (!allowed) data.keepAttr = false;
    else if (RASTER_DATA_IMAGE.test(value)) data.forceKeepAttr = true;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if ((node.tagName === 'A' || node.tagName === 'AREA') && node.hasAttribute('href')) {
      // The reader opens links (an image map's areas are links too) in the system browser; they never get this window.
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
}

export type SanitizedArticle = {
  /** What is stored: the sanitized fragment serialized, exactly as DOMPurify's own string output would be. */
  html: string;
  /** The same fragment, inert (in DOMPurify's own document), to read text and images from; never edited. Null when nothing survived. */
  fragment: DocumentFragment | null;
};

/**
 * Sanitizes article DOM (a node of a document in the purifier's realm, or a
 * string). Pass a DOMPurify instance made for the clipper: its hooks stay on it.
 */
export function sanitizeArticle(purify: DOMPurify, article: Node | string): SanitizedArticle {
  installHooks(purify);
  // DOMPurify hands markup-free strings straight back as strings; a leading comment (dropped) makes it always return a fragment.
  const fragment = purify.sanitize(typeof article === 'string' ? `<!---->${article}` : article, CONFIG);
  // DOMPurify returns null when the markup parses to no body at all (a <frameset> page).
  if (!fragment) return { html: '', fragment: null };
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment.cloneNode(true));
  return { html: holder.innerHTML, fragment };
}
