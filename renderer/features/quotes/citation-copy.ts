import { formatCitation } from '../../../shared/notes/citation';
import { quoteCitations } from '../../../shared/export/quote-citations';
import type { RenderedCitation } from '../../../shared/export/quote-citations';
import type { Clip, Entity, Quote } from '../../../shared/model';

export const CITATION_STYLES = [
  { id: 'plain', label: 'Plain' },
  { id: 'apa', label: 'APA 7' },
  { id: 'chicago-note', label: 'Chicago note' },
  { id: 'chicago-bibliography', label: 'Chicago bibliography' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/** A quote card's citation in the chosen style (plain: "quote" — Speaker, Title, Site, date, URL), as plain text and (for the formal styles) HTML with italics. */
export function citeQuote(style: CitationStyle, quote: Quote, clip: Clip, speaker: Entity | undefined): RenderedCitation | { text: string; html: null } {
  if (style === 'plain') {
    const text = formatCitation({
      text: quote.text,
      speakerName: speaker?.name ?? null,
      clipTitle: clip.title,
      siteName: clip.siteName,
      publishedAt: clip.publishedAt,
      url: clip.canonicalUrl || clip.url,
    });
    return { text, html: null };
  }
  const all = quoteCitations(quote, clip, speaker ?? null);
  if (style === 'apa') return joinCitations(all.apa.quotation, all.apa.reference);
  return style === 'chicago-note' ? all.chicago.note : all.chicago.bibliography;
}

/** APA cites the quotation in the text and the source in the reference list: both go to the clipboard. */
function joinCitations(quotation: RenderedCitation, reference: RenderedCitation): RenderedCitation {
  return {
    text: `${quotation.text}\n\n${reference.text}`,
    html: `<p>${quotation.html}</p><p>${reference.html}</p>`,
    markdown: `${quotation.markdown}\n\n${reference.markdown}`,
  };
}

/** Rich text where the clipboard takes it (italic titles survive a paste into a word processor), else plain. */
export async function copyCitation(citation: { text: string; html: string | null }): Promise<void> {
  if (citation.html && typeof ClipboardItem !== 'undefined') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([citation.text], { type: 'text/plain' }),
        'text/html': new Blob([citation.html], { type: 'text/html' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(citation.text);
}
