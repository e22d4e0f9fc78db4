/** The clipper's DOM in Node: jsdom, scripts off and nothing fetched, and a DOMPurify bound to it. */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { ClipDeps } from '../../renderer/clip/pipeline';

export function parseHTMLWithJsdom(html: string, baseUrl: string): Document {
  const url = baseUrl && /^https?:/i.test(baseUrl) ? baseUrl : 'about:blank';
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}

/** jsdom gives every document its own realm, and DOMPurify only takes nodes of its own: one purifier per window. */
export function createNodeClipDeps(): ClipDeps {
  const fallback = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  const byWindow = new WeakMap<object, DOMPurify>();
  const purifyFor = (doc?: Document) => {
    const window = doc?.defaultView;
    if (!window) return fallback;
    let purify = byWindow.get(window);
    if (!purify) byWindow.set(window, (purify = createDOMPurify(window as Window & typeof globalThis)));
    return purify;
  };
  return { parseHTML: parseHTMLWithJsdom, purifyFor };
}
