import { useEffect, useState } from 'react';
import type { LibraryDb } from '../../db/db';
import { SearchClient } from '../../search/client';
import type { SearchStatus } from '../../search/client';
import { LibraryIndexer } from '../../search/feeder';

/**
 * One search worker and one indexer per window, for the open library. The index
 * lives in its own IndexedDB database beside the library's, so a restart reads
 * it back instead of rebuilding; the indexer repairs it if the two disagree.
 */
type SearchService = { client: SearchClient; indexer: LibraryIndexer; started: Promise<void> };

let service: SearchService | null = null;

export function startSearch(db: LibraryDb): SearchService {
  if (service) return service;
  const client = new SearchClient(`${db.name}-search`);
  const indexer = new LibraryIndexer(db, client);
  const started = indexer.start().catch((error: unknown) => console.error('The search index could not start:', error));
  service = { client, indexer, started };
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
