/** The clipper's DOM in Node: jsdom, scripts off and nothing fetched, and a DOMPurify bound to it. */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { defuseClobbering } from '../../renderer/clip/defuse';
import type { ClipDeps } from '../../renderer/clip/pipeline';

export function parseHTMLWithJsdom(html: string, baseUrl: string): Document {
  const url = baseUrl && /^https?:/i.test(baseUrl) ? baseUrl : 'about:blank';
  const { window } = new JSDOM(html, { url, contentType: 'text/html' });
  defuseClobbering(window.document, window as unknown as typeof globalThis);
  return window.document;
}

export function createNodeClipDeps(): ClipDeps {
  const { window } = new JSDOM('');
  return { parseHTML: parseHTMLWithJsdom, purify: createDOMPurify(window as unknown as Window & typeof globalThis) };
}
