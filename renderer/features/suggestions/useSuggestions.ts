import { useEffect, useMemo, useState } from 'react';
import type { Clip, Entity } from '../../../shared/model';
import type { Suggestions } from '../../../shared/suggest';
import { catalogSnapshot } from '../../suggest/client';
import { useLibraryDb } from '../library/library-db';
import { suggestionsFor } from './cache';

export type SuggestionState = { status: 'working' } | { status: 'ready'; suggestions: Suggestions } | { status: 'error'; message: string };

/**
 * The clip's suggestions: the stored ones when they still hold under today's
 * catalog, else computed in the worker; again whenever the catalog changes
 * (its version, not every entity list re-read).
 */
export function useSuggestions(clip: Pick<Clip, 'id' | 'text'>, entities: readonly Entity[] | null): SuggestionState {
  const db = useLibraryDb();
  // Tagged with the clip and text they were computed for: another clip's suggestions are never shown (or accepted) here.
  const [state, setState] = useState<{ clipId: string; text: string; value: SuggestionState } | null>(null);
  const catalog = useMemo(() => (entities ? catalogSnapshot(entities) : null), [entities]);
  const version = catalog?.version ?? null;
  useEffect(() => {
    if (!entities || version === null) return;
    let live = true;
    suggestionsFor(db, clip, entities).then(
      (suggestions) => live && setState({ clipId: clip.id, text: clip.text, value: { status: 'ready', suggestions } }),
      (error: unknown) => live && setState({ clipId: clip.id, text: clip.text, value: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rerun on a new clip text or catalog version, not on each entity array
  }, [db, clip.id, clip.text, version]);
  return state && state.clipId === clip.id && state.text === clip.text ? state.value : { status: 'working' };
}
