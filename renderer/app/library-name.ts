/**
 * Which IndexedDB database is this window's library. Normally `quire`; after a
 * library failed to open and the user restored a backup into a fresh database,
 * the app remembers that one instead, and the broken one is left untouched
 * (never deleted) for a later version or a support request.
 */
const KEY = 'quire:library-name';
export const DEFAULT_LIBRARY = 'quire';

export function activeLibraryName(storage: Pick<Storage, 'getItem'> = localStorage): string {
  return storage.getItem(KEY) || DEFAULT_LIBRARY;
}

export function rememberLibraryName(name: string, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, name);
}

export function restoredLibraryName(now: number): string {
  return `quire-restored-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
}
