import type { Clip, Entity, Quote } from '../model';
import type { PersonName } from './names';
import { displayName, parsePersonName } from './names';
import type { CitationSource, SourceOptions } from './source';
import { sourceFromClip } from './source';

/** A quote as the citation styles need it: what was said, who said it, where it was published. */
export type QuoteCard = {
  text: string;
  /** The speaker, split for styles that print family names (APA); null when unknown. */
  speaker: PersonName | null;
  source: CitationSource;
};

/** People are split into family and given names; organizations and states keep their whole name. */
export function speakerName(entity: Pick<Entity, 'kind' | 'name'>): PersonName {
  return entity.kind === 'person' ? parsePersonName(entity.name) : { literal: entity.name.trim() };
}

export function quoteCard(quote: Quote, clip: Clip, speaker: Entity | null, options: SourceOptions = {}): QuoteCard {
  return {
    text: quote.text.replace(/\s+/g, ' ').trim(),
    speaker: speaker ? speakerName(speaker) : null,
    source: sourceFromClip(clip, options),
  };
}

/** “text” with the quote's own double quotes turned single, as both styles nest them. */
export function quotedText(text: string): string {
  const inner = text
    .trim()
    .replace(/^[“"]|[”"]$/g, '')
    .replace(/[“]/g, '‘')
    .replace(/[”]/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
  return `“${inner.replace(/[,;:]$/, '')}”`;
}

/** The speaker when someone other than the source's authors: a quote from an author's own piece needs no "quoted in". */
export function secondarySpeaker(card: QuoteCard): PersonName | null {
  const speaker = card.speaker;
  if (!speaker) return null;
  const name = displayName(speaker).toLowerCase();
  return card.source.authors.some((author) => displayName(author).toLowerCase() === name) ? null : speaker;
}
