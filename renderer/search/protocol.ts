/** Messages between the search client (page) and its worker. */
import type { DocType } from '../../shared/search/query';
import type { SearchDoc, SearchOptions, SearchResponse } from '../../shared/search/types';

export type SearchStatus = {
  state: 'opening' | 'ready' | 'rebuilding' | 'error';
  docs: number;
  /** True when this session's index came from IndexedDB rather than a rebuild. */
  restoredFromDisk: boolean;
  /** Updates replayed from the log on open. */
  replayed: number;
  /** Posting segments in memory, of `segmentCount`. */
  segmentsLoaded: number;
  segmentCount: number;
  progress: { done: number; total: number } | null;
  /** The library stamp the index was last synced to (see feeder.ts), or ''. */
  stamp: string;
  /**
   * Writes (puts and removes) this worker has applied since it opened. Results on
   * screen follow it: the stamp alone can stay the same across a write, when an
   * earlier sync already counted the change that this write brings in.
   */
  writes: number;
  error: string | null;
  /** True when this worker keeps a fast copy of the documents in the origin-private file system (see doc-file.ts). */
  docFile: boolean;
  /**
   * Where opening went, in ms: the worker starting (its script loaded and run),
   * opening storage, reading the snapshot, restoring it, replaying the log; and
   * once every segment is in memory, the warm-up searches (0 until they are done).
   */
  startup?: { bootMs: number; storageMs: number; snapshotMs: number; restoreMs: number; replayMs: number; warmUpMs: number };
};

/**
 * Where a put's time went, in ms: applying it to the index in memory (searchable
 * from then on), then storing it (the doc file, and IndexedDB until it commits).
 */
export type PutTimings = { appliedMs: number; storedMs: number };

export type Requests = {
  search: { args: { query: string; options: SearchOptions }; result: SearchResponse };
  put: { args: { docs: SearchDoc[]; stamp?: string }; result: PutTimings };
  remove: { args: { ids: string[]; stamp?: string }; result: void };
  manifest: { args: Record<string, never>; result: [string, number][] };
  idsWithEntity: { args: { entityId: string }; result: string[] };
  rebuildStart: { args: { total: number }; result: void };
  rebuildFinish: { args: { stamp: string }; result: void };
  checkpoint: { args: Record<string, never>; result: void };
  status: { args: Record<string, never>; result: SearchStatus };
};

export type RequestName = keyof Requests;
export type RequestMessage = { [K in RequestName]: { id: number; name: K; args: Requests[K]['args'] } }[RequestName];
export type WorkerMessage =
  | { kind: 'reply'; id: number; ok: true; result: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'status'; status: SearchStatus };

export type { DocType };
