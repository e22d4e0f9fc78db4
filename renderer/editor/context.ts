import { createContext, useContext, useEffect, useState } from 'react';
import type { EntityKind, Id, Note } from '../../shared/model';

/** What a note shows of an embedded quote: always the quote's current state. */
export type QuoteView = {
  id: Id;
  text: string;
  speakerName: string | null;
  clipId: Id;
  clipTitle: string;
  siteName: string;
  /** ISO date or date-time, or null when the source has none. */
  publishedAt: string | null;
  url: string;
  /** True while the quote (or its clip) is in the trash. */
  trashed: boolean;
};

export type EntityOption = { id: Id; name: string; kind: EntityKind; aliases: string[] };

/** The live entity a mention's stored id stands for now: itself, or the entry it was merged into. */
export type MentionTarget = { id: Id; name: string };

/** The fields of a note the editor writes; the store stamps the timestamps. */
export type NoteDraft = Pick<Note, 'id' | 'title' | 'content' | 'text' | 'quoteIds' | 'entityIds' | 'clipIds'>;

/**
 * `conflict` means the stored note changed since `expectedUpdatedAt` (another
 * window saved it) and nothing was written.
 */
export type NoteSaveResult = { status: 'saved'; note: Note } | { status: 'conflict'; stored: Note };

/**
 * Everything the notes editor needs from the library. The app backs it with
 * IndexedDB (renderer/features/notes/library-adapter.ts); tests use memory.
 */
export type NoteLibrary = {
  listNotes(): Promise<Note[]>;
  getNote(id: Id): Promise<Note | null>;
  createNote(title: string): Promise<Note>;
  saveNote(draft: NoteDraft, expectedUpdatedAt: number): Promise<NoteSaveResult>;
  /** Moves the note to the trash (restorable from there). */
  trashNote(id: Id): Promise<void>;
  getQuoteView(id: Id): Promise<QuoteView | null>;
  searchQuotes(query: string, limit: number): Promise<QuoteView[]>;
  /** Actors and treaties whose name or an alias matches. */
  searchEntities(query: string, limit: number): Promise<EntityOption[]>;
  /** The current target of each mentioned id; trashed and unknown ids are left out (their mentions keep their name). */
  resolveMentions(entityIds: Id[]): Promise<Map<Id, MentionTarget>>;
  /** Show the quote's clip, scrolled to the quote. */
  openQuote(id: Id): void;
  /** Called after any change to notes, quotes or entities (any window). */
  subscribe(listener: () => void): () => void;
};

export const NoteLibraryContext = createContext<NoteLibrary | null>(null);

export function useNoteLibrary(): NoteLibrary {
  const library = useContext(NoteLibraryContext);
  if (!library) throw new Error('useNoteLibrary needs a NoteLibraryContext provider.');
  return library;
}

type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Loads `load()` and reloads it whenever the library reports a change. */
export function useLibraryQuery<T>(load: (library: NoteLibrary) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const library = useNoteLibrary();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const run = () => {
      load(library).then(
        (value) => live && setState({ status: 'ready', value }),
        (error: unknown) => live && setState({ status: 'error', message: String(error instanceof Error ? error.message : error) }),
      );
    };
    run();
    const unsubscribe = library.subscribe(run);
    return () => {
      live = false;
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library, ...deps]);
  return state;
}

/**
 * The quotes this window has shown, as last loaded: copying a QuoteNode out of
 * the editor (exportDOM) is synchronous and cannot ask the library.
 */
export const shownQuoteViews = new Map<Id, QuoteView>();

export function useQuoteView(id: Id): Loaded<QuoteView | null> {
  return useLibraryQuery(async (library) => {
    const view = await library.getQuoteView(id);
    if (view) shownQuoteViews.set(id, view);
    else shownQuoteViews.delete(id);
    return view;
  }, [id]);
}
