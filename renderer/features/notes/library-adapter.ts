import type { Entity, Note, Quote } from '../../../shared/model';
import { foldText } from '../../../shared/text/fold';
import { onLibraryChange } from '../../db/changes';
import { getClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { getEntity, listEntities } from '../../db/entities';
import { createNote, getNote, listNotes, trashNote } from '../../db/notes';
import { getQuote } from '../../db/quotes';
import { LibraryRuleError, write } from '../../db/write';
import type { EntityOption, NoteDraft, NoteLibrary, NoteSaveResult, QuoteView } from '../../editor/context';
import { clipHref } from '../library/route';
import { loadMentionTargets } from './mention-targets';

const WATCHED_TABLES = new Set(['notes', 'quotes', 'entities', 'clips']);
const adapters = new WeakMap<LibraryDb, NoteLibrary>();

/** The notes editor's view of the IndexedDB library (one adapter per open database). */
export function dbNoteLibrary(db: LibraryDb): NoteLibrary {
  let adapter = adapters.get(db);
  if (!adapter) {
    adapter = createDbNoteLibrary(db);
    adapters.set(db, adapter);
  }
  return adapter;
}

function createDbNoteLibrary(db: LibraryDb): NoteLibrary {
  const quoteView = (quote: Quote) => toQuoteView(db, quote);
  return {
    listNotes: () => listNotes(db),
    getNote: async (id) => (await getNote(db, id)) ?? null,
    createNote: (title) => createNote(db, { title }),
    saveNote: (draft, expectedUpdatedAt) => saveIfUnchanged(db, draft, expectedUpdatedAt),
    trashNote: (id) => trashNote(db, id),
    getQuoteView: async (id) => {
      const quote = await getQuote(db, id);
      return quote ? quoteView(quote) : null;
    },
    searchQuotes: async (query, limit) => {
      const quotes = await db.quotes.filter((quote) => quote.deletedAt === null).toArray();
      quotes.sort((a, b) => (a.id < b.id ? 1 : -1));
      const words = foldText(query).split(/\s+/).filter(Boolean);
      const found: QuoteView[] = [];
      for (const quote of quotes) {
        const view = await quoteView(quote);
        if (view.trashed) continue;
        const haystack = foldText([view.text, view.speakerName ?? '', view.clipTitle, view.siteName].join('\n'));
        if (words.every((word) => haystack.includes(word))) found.push(view);
        if (found.length >= limit) break;
      }
      return found;
    },
    searchEntities: async (query, limit) => rankEntities(await listEntities(db), query).slice(0, limit),
    resolveMentions: async (entityIds) => {
      const targets = await loadMentionTargets(db, entityIds);
      return new Map([...targets].map(([id, entity]) => [id, { id: entity.id, name: entity.name }]));
    },
    openQuote: (id) => {
      void getQuote(db, id).then((quote) => {
        if (quote) window.location.hash = clipHref(quote.clipId, quote.id);
      });
    },
    subscribe: (listener) =>
      onLibraryChange((change) => {
        if (change.db === db.name && WATCHED_TABLES.has(change.table)) listener();
      }),
  };
}

/**
 * Checks the stored version and writes in one transaction (through the data
 * layer's `write`, so the change feed still fires after commit), so a save from
 * another window between the two cannot be overwritten unseen.
 */
async function saveIfUnchanged(db: LibraryDb, draft: NoteDraft, expectedUpdatedAt: number): Promise<NoteSaveResult> {
  return write(db, 'the note', ['notes'], async (changes): Promise<NoteSaveResult> => {
    const stored = await getNote(db, draft.id);
    if (!stored || stored.deletedAt !== null) throw new LibraryRuleError('this note was moved to the trash or deleted');
    if (stored.updatedAt !== expectedUpdatedAt) return { status: 'conflict', stored };
    const note: Note = { ...stored, ...draft, updatedAt: Math.max(db.now(), stored.updatedAt + 1) };
    await db.notes.put(note);
    changes.touch('notes', note.id);
    return { status: 'saved', note };
  });
}

async function toQuoteView(db: LibraryDb, quote: Quote): Promise<QuoteView> {
  const [clip, speaker] = await Promise.all([getClip(db, quote.clipId), quote.speakerId ? getEntity(db, quote.speakerId) : undefined]);
  return {
    id: quote.id,
    text: quote.text,
    speakerName: speaker && speaker.deletedAt === null ? speaker.name : null,
    clipId: quote.clipId,
    clipTitle: clip?.title ?? '',
    siteName: clip?.siteName ?? '',
    publishedAt: clip?.publishedAt ?? null,
    url: clip ? clip.canonicalUrl || clip.url : '',
    trashed: quote.deletedAt !== null || !clip || clip.deletedAt !== null,
  };
}

/** Actors and treaties whose name or an alias contains the query; name prefixes first. */
export function rankEntities(entities: Entity[], query: string): EntityOption[] {
  const wanted = foldText(query.trim());
  const scored: { entity: Entity; score: number }[] = [];
  for (const entity of entities) {
    if (entity.deletedAt !== null || entity.kind === 'other') continue;
    const name = foldText(entity.name);
    const aliases = entity.aliases.map(foldText);
    let score = -1;
    if (wanted === '' || name.startsWith(wanted)) score = 0;
    else if (aliases.some((alias) => alias.startsWith(wanted))) score = 1;
    else if (name.includes(wanted) || aliases.some((alias) => alias.includes(wanted))) score = 2;
    if (score >= 0) scored.push({ entity, score });
  }
  scored.sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name));
  return scored.map(({ entity }): EntityOption => ({ id: entity.id, name: entity.name, kind: entity.kind, aliases: entity.aliases }));
}

