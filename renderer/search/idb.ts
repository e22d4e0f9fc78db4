/**
 * The persisted index, in its own IndexedDB database (raw API: only
 * renderer/db/ talks Dexie). Stores: `meta` (the engine snapshot and the
 * library stamp), `segments` (posting lists by segment), `docs` (the indexed
 * documents, for snippets and phrase checks), `log` (updates since the snapshot,
 * replayed on open).
 */
import type { EngineSnapshot } from '../../shared/search/engine';
import type { SegmentData } from '../../shared/search/inverted-index';
import type { SearchDoc } from '../../shared/search/types';
import type { DocFilePositions, Position } from './doc-file';

/** A logged put says where the document went in the doc file, when there is one. */
export type LogEntry = { op: 'put' | 'remove'; id: string; at?: number; length?: number };
const STORES = ['meta', 'segments', 'docs', 'log'] as const;

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('The search index transaction was aborted.'));
  });
}

export class IndexStore {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(name: string): Promise<IndexStore> {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('meta');
      db.createObjectStore('segments', { keyPath: 'seg' });
      db.createObjectStore('docs', { keyPath: 'id' });
      db.createObjectStore('log', { autoIncrement: true });
    };
    return new IndexStore(await done(request));
  }

  close(): void {
    this.db.close();
  }

  async readMeta(): Promise<{ snapshot: EngineSnapshot | undefined; stamp: string; docFile: DocFilePositions | undefined }> {
    const tx = this.db.transaction('meta', 'readonly');
    const [snapshot, stamp, docFile] = await Promise.all([
      done(tx.objectStore('meta').get('snapshot')) as Promise<EngineSnapshot | undefined>,
      done(tx.objectStore('meta').get('stamp')) as Promise<string | undefined>,
      done(tx.objectStore('meta').get('docfile')) as Promise<DocFilePositions | undefined>,
    ]);
    return { snapshot, stamp: stamp ?? '', docFile };
  }

  /** The doc file's persisted positions and the log since, without the (large) snapshot. */
  async readPositions(): Promise<{ positions: DocFilePositions | undefined; log: LogEntry[] }> {
    const tx = this.db.transaction(['meta', 'log'], 'readonly');
    const [positions, log] = await Promise.all([
      done(tx.objectStore('meta').get('docfile')) as Promise<DocFilePositions | undefined>,
      done(tx.objectStore('log').getAll()) as Promise<LogEntry[]>,
    ]);
    return { positions, log };
  }

  readSegment(seg: number): Promise<SegmentData | undefined> {
    return done(this.db.transaction('segments', 'readonly').objectStore('segments').get(seg));
  }

  getDocs(ids: string[]): Promise<(SearchDoc | undefined)[]> {
    const store = this.db.transaction('docs', 'readonly').objectStore('docs');
    return Promise.all(ids.map((id) => done(store.get(id)) as Promise<SearchDoc | undefined>));
  }

  readLog(): Promise<LogEntry[]> {
    return done(this.db.transaction('log', 'readonly').objectStore('log').getAll());
  }

  /**
   * Saves documents and, unless rebuilding, logs them for replay on the next open,
   * with where each went in the doc file (`placed`, in the order of `put`).
   */
  async write(put: SearchDoc[], removed: string[], options: { log: boolean; stamp?: string; placed?: (Position | undefined)[] }): Promise<void> {
    const tx = this.db.transaction(['docs', 'log', 'meta'], 'readwrite');
    const docs = tx.objectStore('docs');
    const log = tx.objectStore('log');
    put.forEach((doc, i) => {
      docs.put(doc);
      const position = options.placed?.[i];
      if (options.log) log.add({ op: 'put', id: doc.id, ...(position ? { at: position.at, length: position.length } : {}) } satisfies LogEntry);
    });
    for (const id of removed) {
      docs.delete(id);
      if (options.log) log.add({ op: 'remove', id } satisfies LogEntry);
    }
    if (options.stamp !== undefined) tx.objectStore('meta').put(options.stamp, 'stamp');
    await committed(tx);
  }

  /** Replaces the snapshot (and the doc file's positions, when this worker holds the file) and empties the log, atomically. */
  async writeSnapshot(snapshot: EngineSnapshot, segments: SegmentData[], stamp?: string, docFile?: DocFilePositions): Promise<void> {
    const tx = this.db.transaction(['meta', 'segments', 'log'], 'readwrite');
    const writing = async () => {
      const segmentStore = tx.objectStore('segments');
      segmentStore.clear();
      // One segment per task (a put copies its bytes at once: 90 MB in one go held searches up half a second at 50k).
      for (const segment of segments) await done(segmentStore.put(segment));
      tx.objectStore('meta').put(snapshot, 'snapshot');
      if (docFile) tx.objectStore('meta').put(docFile, 'docfile');
      if (stamp !== undefined) tx.objectStore('meta').put(stamp, 'stamp');
      tx.objectStore('log').clear();
    };
    await Promise.all([committed(tx), writing()]);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    for (const name of STORES) tx.objectStore(name).clear();
    await committed(tx);
  }
}
