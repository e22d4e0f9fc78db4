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

/** HTML handed to the parser per slice: each slice is parsed in well under a frame. */
const SLICE_CHARS = 32 * 1024;

/**
 * The same document as {@link parseHTMLInBrowser}, built in slices: a document
 * with no browsing context (inert like DOMParser's: scripting is off, nothing
 * loads) fed by document.write, with a pause between slices. DOMParser parses
 * 14 MB in one task of seconds; the HTML tokenizer takes its input in any pieces
 * and builds the same tree.
 */
export async function parseHTMLInSlicesInBrowser(html: string, pageUrl: string, pause: () => Promise<void>): Promise<Document> {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  try {
    for (let offset = 0; offset < html.length; offset += SLICE_CHARS) {
      doc.write(html.slice(offset, offset + SLICE_CHARS));
      await pause();
    }
  } finally {
    doc.close();
  }
  const base = effectiveBase(doc, pageUrl);
  if (base) await absolutiseInSlices(doc, base, pause);
  return doc;
}

/** Its own DOMPurify: the clipper installs hooks, which must not touch the app's other uses. */
export function createBrowserClipDeps(): ClipDeps {
  return { parseHTML: parseHTMLInBrowser, parseHTMLInSlices: parseHTMLInSlicesInBrowser, purify: createDOMPurify(window) };
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

/** Elements whose URLs are resolved between two pauses. */
const SLICE_ELEMENTS = 2000;

/** Every URL-bearing element once, with the attribute that made it one. */
function* urlTargets(doc: Document): Generator<[Element, string]> {
  for (const attribute of [...URL_ATTRIBUTES, 'srcset']) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) yield [element, attribute];
  }
}

function absolutise(doc: Document, base: string): void {
  for (const [element, attribute] of urlTargets(doc)) resolveAttribute(element, attribute, base);
}

async function absolutiseInSlices(doc: Document, base: string, pause: () => Promise<void>): Promise<void> {
  let done = 0;
  for (const [element, attribute] of urlTargets(doc)) {
    resolveAttribute(element, attribute, base);
    if (++done % SLICE_ELEMENTS === 0) await pause();
  }
}

function resolveAttribute(element: Element, attribute: string, base: string): void {
  if (attribute === 'srcset') {
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
    return;
  }
  const value = element.getAttribute(attribute)!.trim();
  if (value === '' || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return;
  try {
    element.setAttribute(attribute, new URL(value, base).href);
  } catch {
    // Leave what cannot be resolved; the sanitizer decides about it.
  }
}
