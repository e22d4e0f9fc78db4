import type { LibraryDb } from './db';

/**
 * The open library of this window. The app shell opens it once at startup
 * (openLibrary + setLibrary); hooks and screens reach it through here.
 */
let current: LibraryDb | null = null;

export function setLibrary(db: LibraryDb | null): void {
  current = db;
}

export function library(): LibraryDb {
  if (!current) throw new Error('The library is not open yet.');
  return current;
}

export function hasLibrary(): boolean {
  return current !== null;
}
