import type { LexicalEditor } from 'lexical';
import type { JSX } from 'react';
import { useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Id, Note } from '../../../shared/model';
import { hasLibrary, library as openLibrary } from '../../db/library';
import type { NoteLibrary } from '../../editor/context';
import { NoteLibraryContext, useLibraryQuery, useNoteLibrary } from '../../editor/context';
import { clearOlderDraft, localDraftsFor } from '../../editor/plugins/AutosavePlugin/local-draft';
import type { LocalDraft, NoteDrafts } from '../../editor/plugins/AutosavePlugin/local-draft';
import type { NoteSaver } from '../../editor/plugins/AutosavePlugin/note-saver';
import { subRouteFromHash } from '../library/route';
import { dbNoteLibrary } from './library-adapter';
import { NoteDocument } from './NoteDocument';
import { NotesList } from './NotesList';
import './notes.css';

const NEW_NOTE_ROUTE = 'new';
/** Where the app's "new note" command goes: the Notes place creates a note and opens it. */
export const NEW_NOTE_HREF = `#/notes/${NEW_NOTE_ROUTE}`;
export const noteHref = (id: Id) => `#/notes/${encodeURIComponent(id)}`;

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The note id in `#/notes/<id>`; null when the address is another place's. */
function useNoteRoute(): string | null {
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash);
  return /^#\/?notes(\/|$)/.test(hash) ? subRouteFromHash(hash).id : null;
}

/**
 * An opened note: `version` changes to remount the editor (e.g. loading another
 * window's version); `drafts` are what saves did not store (a crash, a failed or
 * refused save), found as it opened (local-draft.ts).
 */
export type OpenNote = { note: Note; draftContent: string | null; draftTitle: string | null; version: number; drafts?: NoteDrafts };

/**
 * The Notes place: the list of notes and the editor of the selected one. Uses
 * the NoteLibrary from context when there is one (tests), else the open library.
 */
export function NotesScreen(): JSX.Element {
  const injected = useContext(NoteLibraryContext);
  if (injected) return <NotesWorkspace />;
  if (!hasLibrary()) return <p className="notes-problem">The library is not open, so notes cannot be shown.</p>;
  return (
    <NoteLibraryContext.Provider value={dbNoteLibrary(openLibrary())}>
      <NotesWorkspace />
    </NoteLibraryContext.Provider>
  );
}

async function loadNote(library: NoteLibrary, id: Id, version: number): Promise<OpenNote | null> {
  const note = await library.getNote(id);
  if (!note || note.deletedAt !== null) return null;
  const drafts = localDraftsFor(note);
  return { note, draftContent: drafts.restored?.content ?? null, draftTitle: drafts.restored?.title ?? null, version, drafts };
}

export function NotesWorkspace(): JSX.Element {
  const library = useNoteLibrary();
  const routeId = useNoteRoute();
  const notes = useLibraryQuery((lib) => lib.listNotes(), []);
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<Id | null>(routeId === NEW_NOTE_ROUTE ? null : routeId);
  const [open, setOpen] = useState<OpenNote | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [justCreated, setJustCreated] = useState<Id | null>(null);
  const saverRef = useRef<NoteSaver | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const titleRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    if (routeId && routeId !== NEW_NOTE_ROUTE) setSelectedId(routeId);
  }, [routeId]);

  // The note already open (a note just created is opened from what createNote returned).
  const openId = useRef<Id | null>(null);
  openId.current = open?.note.id ?? null;

  useEffect(() => {
    if (!selectedId) return setOpen(null);
    if (openId.current === selectedId) return;
    let live = true;
    loadNote(library, selectedId, Date.now()).then(
      (loaded) => {
        if (!live) return;
        setOpen(loaded);
        setProblem(loaded ? null : 'That note is in the trash or no longer exists.');
      },
      (error: unknown) => live && setProblem(`Could not open the note: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [library, selectedId]);

  const select = useCallback(async (id: Id) => {
    await saverRef.current?.flush();
    setSelectedId(id);
    window.location.hash = noteHref(id);
  }, []);

  const create = useCallback(async () => {
    try {
      await saverRef.current?.flush();
      const note = await library.createNote('');
      setFilter('');
      setJustCreated(note.id);
      setOpen({ note, draftContent: null, draftTitle: null, version: Date.now() });
      setProblem(null);
      setSelectedId(note.id);
      window.location.replace(noteHref(note.id));
    } catch (error) {
      setProblem(`Could not create a note: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [library]);

  // The shell's "new note" command (Ctrl/Cmd+N) navigates to NEW_NOTE_HREF.
  const creating = useRef(false);
  useEffect(() => {
    if (routeId !== NEW_NOTE_ROUTE || creating.current) return;
    creating.current = true;
    void create().finally(() => (creating.current = false));
  }, [routeId, create]);

  // Nothing is written over: the other version becomes a note of its own, and the user compares.
  const keepDraftAsNote = useCallback(
    async (noteId: Id, draft: LocalDraft) => {
      try {
        await saverRef.current?.flush();
        const note = await library.createNote('');
        clearOlderDraft(noteId);
        const title = `${draft.title.trim() || 'Untitled note'} (unsaved version)`;
        setOpen({ note, draftContent: draft.content, draftTitle: title, version: Date.now() });
        setSelectedId(note.id);
        window.location.replace(noteHref(note.id));
      } catch (error) {
        setProblem(`Could not keep the unsaved version: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [library],
  );

  const reloadStored = useCallback(() => {
    if (!selectedId) return;
    void loadNote(library, selectedId, Date.now()).then((loaded) => setOpen(loaded && { ...loaded, draftContent: null, draftTitle: null, drafts: { restored: null, older: loaded.drafts?.older ?? null } }));
  }, [library, selectedId]);

  return (
    <div className="notes-screen">
      {/* Every place has its heading for screen readers; the note's own title is the visible one here. */}
      <h1 className="visually-hidden">Notes</h1>
      <NotesList
        notes={notes.status === 'ready' ? notes.value : []}
        selectedId={selectedId}
        filter={filter}
        onFilter={setFilter}
        onSelect={(id) => void select(id)}
        onCreate={() => void create()}
      />
      <section className="notes-main" aria-label="Note">
        {notes.status === 'error' && <p className="notes-problem" role="alert">Could not list notes: {notes.message}</p>}
        {problem && <p className="notes-problem" role="alert">{problem}</p>}
        {open ? (
          <NoteDocument
            key={`${open.note.id}:${open.version}`}
            open={open}
            saverRef={saverRef}
            editorRef={editorRef}
            titleRef={titleRef}
            focusTitle={open.note.id === justCreated}
            onReloadStored={reloadStored}
            onKeepDraft={(draft) => void keepDraftAsNote(open.note.id, draft)}
            onTrashed={() => {
              setSelectedId(null);
              window.location.hash = '#/notes';
            }}
          />
        ) : (
          !problem && (
            <div className="notes-empty">
              <p>Select a note, or start a new one.</p>
              <button type="button" onClick={() => void create()}>
                New note
              </button>
            </div>
          )
        )}
      </section>
    </div>
  );
}
