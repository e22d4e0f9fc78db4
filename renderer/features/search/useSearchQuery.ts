import { useEffect, useRef, useState } from 'react';
import type { DocType } from '../../../shared/search/query';
import type { SearchResponse } from '../../../shared/search/types';
import { searchService } from './search-service';

export type SearchState = { response: SearchResponse | null; error: string | null; busy: boolean };

/**
 * Runs the query in the worker as the user types; only the newest answer is
 * shown, so a slow early query never overwrites a later one.
 */
export function useSearchQuery(query: string, type: DocType | 'all', indexVersion: number): SearchState {
  const [state, setState] = useState<SearchState>({ response: null, error: null, busy: false });
  const latest = useRef(0);
  useEffect(() => {
    const mine = ++latest.current;
    if (query.trim() === '') {
      setState({ response: null, error: null, busy: false });
      return;
    }
    setState((previous) => ({ ...previous, busy: true }));
    searchService()
      .client.search(query, { limit: 50, ...(type === 'all' ? {} : { types: [type] }) })
      .then(
        (response) => mine === latest.current && setState({ response, error: null, busy: false }),
        (error: unknown) =>
          mine === latest.current && setState({ response: null, error: error instanceof Error ? error.message : String(error), busy: false }),
      );
  }, [query, type, indexVersion]);
  return state;
}
