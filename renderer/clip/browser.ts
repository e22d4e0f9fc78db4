/** The clipper's DOM in the renderer: DOMParser (inert: no scripts run, nothing loads) and a DOMPurify of its own. */
import createDOMPurify from 'dompurify';
import type { ClipDeps } from './pipeline';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'longdesc'] as const;

/**
 * Parses into an inert document whose relative URLs resolve against the page's
 * own <base> or URL, not the app's. The app's CSP (base-uri 'none') refuses a
 * <base> element, so the URLs are resolved here, before Readability or the
 * sanitizer see them.
 */
export function parseHTMLInBrowser(html: string, pageUrl: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = effectiveBase(doc, pageUrl);
  if (base) absolutise(doc, base);
  return doc;
}

/** Its own DOMPurify: the clipper installs hooks, which must not touch the app's other uses. */
export function createBrowserClipDeps(): ClipDeps {
  return { parseHTML: parseHTMLInBrowser, purify: createDOMPurify(window) };
}

function effectiveBase(doc: Document, pageUrl: string): string | null {
  const declared = doc.querySelector('base[href]')?.getAttribute('href') ?? '';
  try {
    if (declared) return new URL(declared, pageUrl || undefined).href;
  } catch {
    // A broken <base> is ignored, as browsers do.
  }
  return pageUrl && URL.canParse(pageUrl) ? pageUrl : null;
}

function absolutise(doc: Document, base: string): void {
  for (const attribute of URL_ATTRIBUTES) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) {
      const value = element.getAttribute(attribute)!.trim();
      if (value === '' || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      try {
        element.setAttribute(attribute, new URL(value, base).href);
      } catch {
        // Leave what cannot be resolved; the sanitizer decides about it.
      }
    }
  }
  for (const element of doc.querySelectorAll('[srcset]')) {
    const resolved = element
      .getAttribute('srcset')!
      .split(',')
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        try {
          return [new URL(url, base).href, ...descriptor].join(' ');
        } catch {
          return candidate.trim();
        }
      });
    element.setAttribute('srcset', resolved.join(', '));
  }
}
