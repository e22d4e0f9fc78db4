import { escapeHtml } from '../notes/html';
import { safeUrl } from './safe-link';

/**
 * A standalone HTML file that can load and run nothing: its CSP allows only
 * its own inline styles and data: images, so an exported page opened later
 * in a browser cannot call home, whatever text the clip carried.
 */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function htmlDocument(options: { title: string; lang?: string; css: string; body: string }): string {
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(options.lang ?? '') ? options.lang! : 'en';
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="generator" content="Quire">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${options.css}</style>`,
    '</head>',
    '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A link by the exports' one rule (safe-link.ts); a refused one becomes plain text. */
export function safeLink(url: string, text: string): string {
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
