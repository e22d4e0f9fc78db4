/** The clipper's DOM in the renderer: DOMParser (inert: no scripts run, nothing loads) and a DOMPurify of its own. */
import createDOMPurify from 'dompurify';
import type { ClipDeps } from './pipeline';

/** Parses into an inert document whose relative URLs resolve against the page's own URL, not the app's. */
export function parseHTMLInBrowser(html: string, baseUrl: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!/^https?:/i.test(baseUrl)) return doc;
  const existing = doc.querySelector('base[href]');
  const href = existing?.getAttribute('href') ?? '';
  let resolved = baseUrl;
  try {
    resolved = href ? new URL(href, baseUrl).href : baseUrl;
  } catch {
    // An unusable <base> is ignored, as a browser would.
  }
  const base = existing ?? doc.createElement('base');
  base.setAttribute('href', resolved);
  if (!existing) doc.head.prepend(base);
  return doc;
}

export function createBrowserClipDeps(): ClipDeps {
  return { parseHTML: parseHTMLInBrowser, purify: createDOMPurify(window) };
}
