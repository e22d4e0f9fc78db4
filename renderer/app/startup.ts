import { requestPersistence } from '../db/durability';
import { prepareLibrary } from '../features/demo/first-run';
import type { LibraryDb } from '../db/db';

/**
 * What happens once the library is open, before the screens show: ask the
 * browser to keep our storage (the answer shows in Settings), then the starter
 * gazetteer and, for a new library, the demo notebook.
 */
export async function startLibrary(db: LibraryDb): Promise<void> {
  void requestPersistence().catch((error: unknown) => console.warn('Persistent storage request failed', error));
  await prepareLibrary(db);
}
