import { safeUrl } from '../export/safe-link';

/** What a citation needs to know about a quote and where it came from. */
export type CitedQuote = {
  text: string;
  speakerName: string | null;
  clipTitle: string;
  siteName: string;
  /** ISO date or date-time, or null. */
  publishedAt: string | null;
  url: string;
};

/** The date part of an ISO date or date-time ("2022-02-24"), or '' when there is none. */
export function citationDate(publishedAt: string | null): string {
  if (!publishedAt) return '';
  const match = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(publishedAt.trim());
  return match ? match[0] : '';
}

/** "Speaker, Title, Site, 2022-02-24, URL", skipping what is unknown (and a URL no export may write). */
export function formatSource(quote: CitedQuote): string {
  const parts = [quote.speakerName ?? '', quote.clipTitle, quote.siteName, citationDate(quote.publishedAt), safeUrl(quote.url) ?? ''];
  return parts.map((part) => part.trim()).filter((part) => part !== '').join(', ');
}

/** “quote” — Speaker, Title, Site, date, URL */
export function formatCitation(quote: CitedQuote): string {
  const source = formatSource(quote);
  const quoted = `“${quote.text.trim()}”`;
  return source ? `${quoted} — ${source}` : quoted;
}
