import type { Clip, Entity, Note, Quote } from '../model';
import type { CitedQuote } from '../notes/citation';

/** The records an export draws on, as the library holds them; trashed ones are left out. */
export type ExportRecords = { clips: Clip[]; quotes: Quote[]; entities: Entity[]; notes: Note[] };

export type RecordIndex = {
  clips: Map<string, Clip>;
  quotes: Map<string, Quote>;
  entities: Map<string, Entity>;
  notes: Note[];
};

export function indexRecords(records: ExportRecords): RecordIndex {
  const live = <T extends { id: string; deletedAt: number | null }>(list: T[]) =>
    new Map(list.filter((record) => record.deletedAt === null).map((record) => [record.id, record]));
  return {
    clips: live(records.clips),
    quotes: live(records.quotes),
    entities: live(records.entities),
    notes: records.notes.filter((note) => note.deletedAt === null),
  };
}

/** A clip's live quotes in reading order. */
export function quotesOfClip(index: RecordIndex, clipId: string): Quote[] {
  return [...index.quotes.values()]
    .filter((quote) => quote.clipId === clipId)
    .sort((a, b) => a.selector.position.start - b.selector.position.start);
}

/** What the notes' Markdown and HTML exports (shared/notes) need to cite a quote. */
export function citedQuote(index: RecordIndex, quoteId: string): CitedQuote | null {
  const quote = index.quotes.get(quoteId);
  const clip = quote ? index.clips.get(quote.clipId) : undefined;
  if (!quote || !clip) return null;
  return {
    text: quote.text,
    speakerName: quote.speakerId ? (index.entities.get(quote.speakerId)?.name ?? null) : null,
    clipTitle: clip.title,
    siteName: clip.siteName,
    publishedAt: clip.publishedAt,
    url: clip.canonicalUrl || clip.url,
  };
}
