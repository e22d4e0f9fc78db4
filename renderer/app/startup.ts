import { requestPersistence } from '../db/durability';
import { prepareLibrary } from '../features/demo/first-run';
import { startSearch } from '../features/search/search-service';
import type { LibraryDb } from '../db/db';

/**
 * What happens once the library is open, before the screens show: ask the
 * browser to keep our storage (the answer shows in Settings), then the starter
 * gazetteer and, for a new library, the demo notebook; then the search index
 * catches up with the library in its worker, off the UI thread.
 */
export async function startLibrary(db: LibraryDb): Promise<void> {
  void requestPersistence().catch((error: unknown) => console.warn('Persistent storage request failed', error));
  await prepareLibrary(db);
  startSearch(db);
}
