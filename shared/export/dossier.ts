import type { Clip, Entity, EntityKind, Quote } from '../model';
import { formatChicago } from './chicago';
import type { DateParts } from './dates';
import { dateSortKey, dayOfInstant, parseIsoDate } from './dates';
import type { CitationSource, SourceOptions } from './source';
import { sourceFromClip } from './source';
import type { Styled } from './styled';

/** Everything printed about one entity: its quotes with speakers and sources, and a dated timeline. */
export type Dossier = {
  entity: { name: string; kind: EntityKind; aliases: string[]; description: string };
  /** Quotes the entity said, then quotes about it; each list oldest source first. */
  saidBy: DossierQuote[];
  about: DossierQuote[];
  timeline: TimelineEvent[];
  /** Chicago bibliography entries of every source quoted, in order of first use. */
  sources: Styled[];
  /** The day the dossier was made, printed in its heading. */
  madeOn: DateParts;
};

export type DossierQuote = {
  id: string;
  text: string;
  speaker: string | null;
  /** The other actors and treaties the quote is tagged with. */
  tags: string[];
  comment: string;
  source: CitationSource;
  /** The Chicago note citing its source; the speaker is printed before it ("Vladimir Putin, quoted in"). */
  note: Styled;
};

export type TimelineEvent = { date: DateParts; label: string; kind: 'treaty' | 'published' };

export type DossierInput = {
  entity: Entity;
  quotes: Quote[];
  clips: Clip[];
  entities: Entity[];
  /** ms since epoch, when the dossier is made. */
  now: number;
  sourceOptions?: SourceOptions;
};

const live = <T extends { deletedAt: number | null }>(record: T) => record.deletedAt === null;

export function buildDossier(input: DossierInput): Dossier {
  const { entity } = input;
  const clips = new Map(input.clips.filter(live).map((clip) => [clip.id, clip]));
  const entities = new Map(input.entities.filter(live).map((e) => [e.id, e]));
  const relevant = input.quotes.filter(
    (quote) => live(quote) && clips.has(quote.clipId) && (quote.speakerId === entity.id || quote.entityIds.includes(entity.id)),
  );
  const cards = relevant.map((quote) => dossierQuote(quote, clips.get(quote.clipId)!, entities, entity.id, input.sourceOptions));
  const byDate = (a: DossierQuote, b: DossierQuote) =>
    dateSortKey(a.source.issued).localeCompare(dateSortKey(b.source.issued)) || a.source.title.localeCompare(b.source.title);
  const saidBy = cards.filter((card) => relevant.find((q) => q.id === card.id)!.speakerId === entity.id).sort(byDate);
  const about = cards.filter((card) => !saidBy.includes(card)).sort(byDate);
  return {
    entity: { name: entity.name, kind: entity.kind, aliases: entity.aliases, description: entity.description },
    saidBy,
    about,
    timeline: timeline(entity, [...saidBy, ...about]),
    sources: bibliography([...saidBy, ...about]),
    madeOn: dayOfInstant(input.now, input.sourceOptions?.timeZoneOffsetMinutes ?? 0),
  };
}

function dossierQuote(quote: Quote, clip: Clip, entities: Map<string, Entity>, subjectId: string, options?: SourceOptions): DossierQuote {
  const speaker = quote.speakerId ? (entities.get(quote.speakerId) ?? null) : null;
  const source = sourceFromClip(clip, options);
  const text = quote.text.replace(/\s+/g, ' ').trim();
  return {
    id: quote.id,
    text,
    speaker: speaker?.name ?? null,
    tags: quote.entityIds
      .filter((id) => id !== subjectId)
      .map((id) => entities.get(id)?.name)
      .filter((name): name is string => Boolean(name)),
    comment: quote.comment.trim(),
    source,
    note: formatChicago({ text, speaker: null, source }).note,
  };
}

/** Treaty milestones and the publication of each quoted source, oldest first; undated sources are left out. */
function timeline(entity: Entity, quotes: DossierQuote[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const treaty = entity.treaty;
  if (treaty) {
    const milestones: [string | null, string][] = [
      [treaty.signed, 'Signed'],
      [treaty.inForce, 'Entered into force'],
      [treaty.ended, 'Ended'],
    ];
    for (const [date, label] of milestones) {
      const parts = parseIsoDate(date);
      if (parts) events.push({ date: parts, label, kind: 'treaty' });
    }
    for (const event of treaty.events) {
      const parts = parseIsoDate(event.date);
      if (parts) events.push({ date: parts, label: event.label, kind: 'treaty' });
    }
  }
  const seen = new Set<string>();
  for (const quote of quotes) {
    if (!quote.source.issued || seen.has(quote.source.id)) continue;
    seen.add(quote.source.id);
    const count = quotes.filter((q) => q.source.id === quote.source.id).length;
    const site = quote.source.site ? ` (${quote.source.site})` : '';
    events.push({
      date: quote.source.issued,
      label: `${quote.source.title}${site}: ${count} ${count === 1 ? 'quote' : 'quotes'}`,
      kind: 'published',
    });
  }
  return events.sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
}

function bibliography(quotes: DossierQuote[]): Styled[] {
  const seen = new Set<string>();
  const entries: Styled[] = [];
  for (const quote of quotes) {
    if (seen.has(quote.source.id)) continue;
    seen.add(quote.source.id);
    entries.push(formatChicago({ text: quote.text, speaker: null, source: quote.source }).bibliography);
  }
  return entries;
}
