import type { LibraryTable } from './db';

export type LibraryChange = {
  /** The database's name, so a listener can ignore another library (tests open many). */
  db: string;
  table: LibraryTable;
  ids: string[];
  /** 'local' when this window wrote it, 'remote' when another tab did. */
  origin: 'local' | 'remote';
};
export type LibraryChangeListener = (change: LibraryChange) => void;

const listeners = new Set<LibraryChangeListener>();
let channel: BroadcastChannel | null | undefined;

function broadcastChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('quire:library-changes') : null;
  if (channel) {
    // Node's channel would keep a test process alive; browsers have no unref.
    (channel as unknown as { unref?: () => void }).unref?.();
    channel.onmessage = (event: MessageEvent<Omit<LibraryChange, 'origin'>>) => deliver({ ...event.data, origin: 'remote' });
  }
  return channel;
}

function deliver(change: LibraryChange): void {
  for (const listener of listeners) {
    try {
      listener(change);
    } catch (error) {
      console.error('A library change listener failed:', error);
    }
  }
}

/** Subscribes to committed writes (this window's and other tabs'); returns the unsubscribe. */
export function onLibraryChange(listener: LibraryChangeListener): () => void {
  broadcastChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the repositories after a transaction committed, never before. */
export function publishChanges(db: string, changes: Map<LibraryTable, Set<string>>): void {
  for (const [table, ids] of changes) {
    if (ids.size === 0) continue;
    const change = { db, table, ids: [...ids] };
    deliver({ ...change, origin: 'local' });
    broadcastChannel()?.postMessage(change);
  }
}
