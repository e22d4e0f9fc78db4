import type { Clip, Entity, Note, Quote } from '../model';
import type { ExportRecords, RecordIndex } from './records';

/** What the user asked to export. */
export type ExportSelection =
  | { kind: 'clip'; id: string }
  | { kind: 'note'; id: string }
  | { kind: 'entity'; id: string }
  | { kind: 'search'; query: string; hits: SearchHitRef[] }
  | { kind: 'library' };

/** One search result, in the order the search ranked it. */
export type SearchHitRef = { type: 'clip' | 'quote' | 'note'; id: string };

/**
 * The records a selection covers, with what they refer to: a clip brings its
 * quotes and their speakers and tags; a note brings the quotes it embeds and
 * their clips; an entity brings the quotes by or about it and their clips.
 */
export function selectRecords(index: RecordIndex, selection: ExportSelection): ExportRecords {
  const clips = new Map<string, Clip>();
  const quotes = new Map<string, Quote>();
  const notes = new Map<string, Note>();
  const entities = new Map<string, Entity>();
  const addQuote = (quote: Quote | undefined) => {
    if (!quote || !index.clips.has(quote.clipId)) return;
    quotes.set(quote.id, quote);
    clips.set(quote.clipId, index.clips.get(quote.clipId)!);
  };
  const addClip = (id: string, withQuotes: boolean) => {
    const clip = index.clips.get(id);
    if (!clip) return;
    clips.set(id, clip);
    if (withQuotes) for (const quote of index.quotes.values()) if (quote.clipId === id) addQuote(quote);
  };
  const addNote = (id: string) => {
    const note = index.notes.find((n) => n.id === id);
    if (!note) return;
    notes.set(id, note);
    note.quoteIds.forEach((quoteId) => addQuote(index.quotes.get(quoteId)));
    note.clipIds.forEach((clipId) => addClip(clipId, false));
    note.entityIds.forEach((entityId) => addEntity(entityId));
  };
  const addEntity = (id: string) => {
    const entity = index.entities.get(id);
    if (entity) entities.set(id, entity);
  };
  switch (selection.kind) {
    case 'clip':
      addClip(selection.id, true);
      break;
    case 'note':
      addNote(selection.id);
      break;
    case 'entity':
      addEntity(selection.id);
      for (const quote of index.quotes.values()) {
        if (quote.speakerId === selection.id || quote.entityIds.includes(selection.id)) addQuote(quote);
      }
      break;
    case 'search':
      for (const hit of selection.hits) {
        if (hit.type === 'clip') addClip(hit.id, false);
        else if (hit.type === 'quote') addQuote(index.quotes.get(hit.id));
        else addNote(hit.id);
      }
      break;
    case 'library':
      index.clips.forEach((_, id) => addClip(id, true));
      index.notes.forEach((note) => addNote(note.id));
      index.entities.forEach((_, id) => addEntity(id));
  }
  for (const quote of quotes.values()) {
    if (quote.speakerId) addEntity(quote.speakerId);
    quote.entityIds.forEach(addEntity);
  }
  return { clips: [...clips.values()], quotes: [...quotes.values()], entities: [...entities.values()], notes: [...notes.values()] };
}
