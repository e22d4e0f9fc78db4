import type { Clip, Entity, Quote } from '../model';
import { formatApa } from './apa';
import { formatChicago } from './chicago';
import { quoteCard } from './quote-card';
import type { SourceOptions } from './source';
import type { Styled } from './styled';
import { styledToHtml, styledToMarkdown, styledToText } from './styled';

/** One formatted citation in the three forms a clipboard or an export wants. */
export type RenderedCitation = { text: string; html: string; markdown: string };

/** What a quote card offers to copy: the quote cited in APA 7, and the Chicago note and bibliography entry. */
export type QuoteCitations = {
  apa: { quotation: RenderedCitation; reference: RenderedCitation };
  chicago: { note: RenderedCitation; shortNote: RenderedCitation; bibliography: RenderedCitation };
};

function render(runs: Styled): RenderedCitation {
  return { text: styledToText(runs), html: styledToHtml(runs), markdown: styledToMarkdown(runs) };
}

export function quoteCitations(quote: Quote, clip: Clip, speaker: Entity | null, options: SourceOptions = {}): QuoteCitations {
  const card = quoteCard(quote, clip, speaker, options);
  const apa = formatApa(card);
  const chicago = formatChicago(card);
  return {
    apa: { quotation: render(apa.quotation), reference: render(apa.reference) },
    chicago: { note: render(chicago.note), shortNote: render(chicago.shortNote), bibliography: render(chicago.bibliography) },
  };
}
