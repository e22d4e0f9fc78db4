export type PersistenceStatus = {
  /** Whether the browser promised not to evict the library under storage pressure. */
  persisted: boolean;
  /** False when the browser has no storage manager (then nothing can be promised). */
  supported: boolean;
  usage: number | null;
  quota: number | null;
};

let lastStatus: PersistenceStatus | null = null;

/** Asks for persistent storage (at startup) and keeps the answer for Settings. */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistenceStatus> {
  if (!storage?.persist) {
    lastStatus = { persisted: false, supported: false, usage: null, quota: null };
    return lastStatus;
  }
  let persisted = (await storage.persisted?.()) ?? false;
  if (!persisted) persisted = await storage.persist().catch(() => false);
  const estimate = await storage.estimate?.().catch(() => undefined);
  lastStatus = { persisted, supported: true, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  return lastStatus;
}

export function persistenceStatus(): PersistenceStatus | null {
  return lastStatus;
}

export type StorageErrorKind = 'quota' | 'other';

export type StorageError = {
  kind: StorageErrorKind;
  /** What the user was doing, as they would say it ("the quote"). */
  what: string;
  /** A sentence for the user naming what was not saved. */
  message: string;
  cause: unknown;
};
export type StorageErrorListener = (error: StorageError) => void;

const listeners = new Set<StorageErrorListener>();

export function onStorageError(listener: StorageErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | null | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth += 1) {
    if (e.name === 'QuotaExceededError' || (e as { code?: number }).code === 22) return true;
  }
  return false;
}

export function classifyWriteError(error: unknown, what: string): StorageError {
  if (isQuotaError(error)) {
    return {
      kind: 'quota',
      what,
      message: `The disk or the browser's storage is full: ${what} was not saved. Earlier work is safe. Free some space (or empty the trash) and try again.`,
      cause: error,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'other', what, message: `${capitalise(what)} was not saved: ${detail}. Earlier work is safe.`, cause: error };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Tells every subscriber (the UI's toast) and returns the classified error for rethrowing. */
export function reportStorageError(error: unknown, what: string): StorageError {
  const classified = classifyWriteError(error, what);
  for (const listener of listeners) listener(classified);
  return classified;
}

/** The error a failed repository write rejects with: the user message, plus the original. */
export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
  constructor(readonly storageError: StorageError) {
    super(storageError.message, { cause: storageError.cause });
  }
}
