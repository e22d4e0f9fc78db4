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

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_URL,
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
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      // The reader opens links in the system browser; they never get this window.
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
}

/**
 * Sanitizes article DOM to an HTML string. Pass a DOMPurify instance made for
 * the clipper (`DOMPurify(window)`): the hooks installed here stay on it.
 */
export function sanitizeArticle(purify: DOMPurify, article: Node | string): string {
  installHooks(purify);
  return purify.sanitize(article, CONFIG) as unknown as string;
}
