/**
 * Search for the app shell: one worker-backed client and the indexer that feeds
 * it from the library. The Search screen calls `client.search(query, { limit,
 * types })` and listens to `client.onStatus`; Settings calls `indexer.rebuild()`.
 */
import type { LibraryDb } from '../db/db';
import { SearchClient } from './client';
import { LibraryIndexer } from './feeder';

export type { SearchStatus } from './protocol';
export type { SearchHit, SearchResponse, SearchOptions, Facets, Snippet } from '../../shared/search/types';
export { SearchClient, LibraryIndexer };

export type SearchService = { client: SearchClient; indexer: LibraryIndexer; started: Promise<void>; stop: () => void };

export function startSearch(db: LibraryDb, name = 'quire-search'): SearchService {
  const client = new SearchClient(name);
  const indexer = new LibraryIndexer(db, client);
  const started = indexer.start();
  started.catch((error: unknown) => console.error('The search index could not sync with the library:', error));
  return { client, indexer, started, stop: () => { indexer.stop(); client.close(); } };
}
