/**
 * The page's handle on the search worker. Every call is a message; results come
 * back as promises, and status changes (opening, rebuilding with progress,
 * ready) go to `onStatus` listeners.
 */
import type { SearchDoc, SearchOptions, SearchResponse } from '../../shared/search/types';
import type { PutTimings, RequestName, Requests, SearchStatus, WorkerMessage } from './protocol';

export type { SearchStatus };
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class SearchClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(status: SearchStatus) => void>();
  private nextId = 1;
  status: SearchStatus | null = null;

  /** `name` is the IndexedDB database holding the index; tests use their own. */
  constructor(name = 'quire-search') {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name });
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      for (const pending of this.pending.values()) pending.reject(new Error(`The search worker failed: ${event.message}`));
      this.pending.clear();
    };
  }

  private receive(message: WorkerMessage): void {
    if (message.kind === 'status') {
      this.status = message.status;
      for (const listener of this.listeners) listener(message.status);
      return;
    }
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (!pending) return;
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new Error(message.error));
  }

  private request<K extends RequestName>(name: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, name, args });
    });
  }

  /** Subscribes to status changes; the listener hears the current status at once if there is one. */
  onStatus(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    if (this.status) listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the index is open (restored from disk or empty). */
  async ready(): Promise<SearchStatus> {
    const status = await this.request('status', {});
    if (status.state !== 'opening') return status;
    return new Promise((resolve) => {
      const off = this.onStatus((next) => {
        if (next.state === 'opening') return;
        off();
        resolve(next);
      });
    });
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    return this.request('search', { query, options });
  }

  /**
   * Resolves once the documents are stored (and, when the log is due for one, the
   * checkpoint after); they are searchable a little before (see PutTimings).
   */
  put(docs: SearchDoc[], stamp?: string): Promise<PutTimings> {
    return this.request('put', { docs, stamp });
  }

  remove(ids: string[], stamp?: string): Promise<void> {
    return this.request('remove', { ids, stamp });
  }

  async manifest(): Promise<Map<string, number>> {
    return new Map(await this.request('manifest', {}));
  }

  idsWithEntity(entityId: string): Promise<string[]> {
    return this.request('idsWithEntity', { entityId });
  }

  /** A full rebuild: start, put every document (progress follows), finish with the library's stamp. */
  rebuildStart(total: number): Promise<void> {
    return this.request('rebuildStart', { total });
  }

  rebuildFinish(stamp: string): Promise<void> {
    return this.request('rebuildFinish', { stamp });
  }

  /** Folds the update log into a fresh snapshot now. */
  checkpoint(): Promise<void> {
    return this.request('checkpoint', {});
  }

  close(): void {
    this.worker.terminate();
    for (const pending of this.pending.values()) pending.reject(new Error('The search worker was closed.'));
    this.pending.clear();
  }
}
