import { useEffect, useRef, useState } from 'react';
import type { DocType } from '../../../shared/search/query';
import type { SearchResponse } from '../../../shared/search/types';
import { onLibraryChange } from '../../db/changes';
import { searchService } from './search-service';

/** `answered` is the query the shown response is for (tests and screen readers can tell a stale one). */
export type SearchState = { response: SearchResponse | null; error: string | null; busy: boolean; answered: string | null };

/**
 * Runs the query in the worker as the user types; only the newest answer is
 * shown, so a slow early query never overwrites a later one. `indexVersion`
 * changes whenever the index takes in a write (its document count, library stamp
 * and count of writes), so results follow an edit even when it reached the index
 * after the query.
 */
export function useSearchQuery(query: string, type: DocType | 'all', indexVersion: string, limit: number): SearchState {
  const [state, setState] = useState<SearchState>({ response: null, error: null, busy: false, answered: null });
  const latest = useRef(0);
  const libraryVersion = useLibraryVersionIndexed();
  useEffect(() => {
    const mine = ++latest.current;
    if (query.trim() === '') {
      setState({ response: null, error: null, busy: false, answered: null });
      return;
    }
    setState((previous) => ({ ...previous, busy: true }));
    searchService()
      .client.search(query, { limit, ...(type === 'all' ? {} : { types: [type] }) })
      .then(
        (response) => mine === latest.current && setState({ response, error: null, busy: false, answered: query }),
        (error: unknown) =>
          mine === latest.current &&
          setState({ response: null, error: error instanceof Error ? error.message : String(error), busy: false, answered: query }),
      );
  }, [query, type, indexVersion, libraryVersion, limit]);
  return state;
}

/**
 * Counts library writes once the index has taken them in, so results on screen
 * follow an edit made elsewhere (another window, the reader) without retyping.
 */
function useLibraryVersionIndexed(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const off = onLibraryChange(() => {
      // After the indexer's own listener has queued the change: settled() then waits for it.
      setTimeout(() => {
        void searchService()
          .indexer.settled()
          .then(() => live && setVersion((v) => v + 1));
      }, 0);
    });
    return () => {
      live = false;
      off();
    };
  }, []);
  return version;
}
