import { useEffect, useState } from 'react';
import type { LibraryDb } from '../../db/db';
import { startSearch as startSearchService } from '../../search';
import type { SearchService, SearchStatus } from '../../search';

/**
 * The window's one search service (renderer/search) for the open library. The
 * index lives in its own IndexedDB database beside the library's, so a restart
 * reads it back instead of rebuilding; the indexer repairs it if the two disagree.
 */
let service: SearchService | null = null;

export function startSearch(db: LibraryDb): SearchService {
  service ??= startSearchService(db, `${db.name}-search`);
  return service;
}

export function searchService(): SearchService {
  if (!service) throw new Error('Search has not been started for this library.');
  return service;
}

/** The index's state (opening, ready, rebuilding with progress, error), live. */
export function useSearchStatus(): SearchStatus | null {
  const [status, setStatus] = useState<SearchStatus | null>(() => service?.client.status ?? null);
  useEffect(() => service?.client.onStatus(setStatus), []);
  return status;
}
