/**
 * The worker's side: one engine, persisted in IndexedDB. Updates are applied at
 * once and logged; the log is folded into a fresh snapshot when it grows, so a
 * restart reads a snapshot plus a short log instead of rebuilding.
 */
import { SearchEngine } from '../../shared/search/engine';
import { SEGMENT_COUNT } from '../../shared/search/inverted-index';
import type { DocStore, SearchDoc } from '../../shared/search/types';
import { DocFile } from './doc-file';
import { IndexStore } from './idb';
import type { LogEntry } from './idb';
import type { PutTimings, Requests, SearchStatus } from './protocol';

const LOG_LIMIT = 2_000;
const CACHE_SIZE = 1_000;
const BACKGROUND_LOAD_DELAY_MS = 500;
const FILE_ATTEMPTS = 5;
/** Documents re-indexed per step of a replay; searches get their turn between steps. */
const REPLAY_CHUNK = 50;
const FILE_RETRY_MS = 100;
const now = () => performance.now();

export class IndexHost {
  private engine: SearchEngine;
  private readonly cache = new Map<string, SearchDoc>();
  private queue: Promise<unknown> = Promise.resolve();
  private logLength = 0;
  private writes = 0;
  private readonly startup = { bootMs: 0, storageMs: 0, snapshotMs: 0, restoreMs: 0, replayMs: 0, warmUpMs: 0 };
  status: SearchStatus;

  private constructor(
    private readonly store: IndexStore,
    private file: DocFile | null,
    private readonly name: string,
    private readonly emit: (status: SearchStatus) => void,
  ) {
    this.engine = SearchEngine.create(this.docs, now);
    this.status = {
      state: 'opening', docs: 0, restoredFromDisk: false, replayed: 0, segmentsLoaded: 0,
      segmentCount: SEGMENT_COUNT, progress: null, stamp: '', writes: 0, error: null, docFile: file !== null,
    };
  }

  static async open(name: string, emit: (status: SearchStatus) => void): Promise<IndexHost> {
    const started = now();
    const [store, file] = await Promise.all([IndexStore.open(name), DocFile.open(name)]);
    const host = new IndexHost(store, file, name, emit);
    host.startup.bootMs = started;
    host.startup.storageMs = now() - started;
    await host.restore();
    if (!file) host.attachFileLater(0);
    return host;
  }

  /**
   * The doc file could not be opened (a reloaded window's old worker may still
   * hold it for a moment): try again a few times, then do without it.
   */
  private attachFileLater(attempt: number): void {
    if (attempt >= FILE_ATTEMPTS) return;
    setTimeout(() => void DocFile.open(this.name).then((file) => {
      if (!file) return this.attachFileLater(attempt + 1);
      return this.serial(async () => {
        const { positions, log } = await this.store.readPositions();
        if (positions) file.restore(positions);
        for (const entry of log) placeLogged(file, entry);
        this.file = file;
        this.update({ docFile: true });
      });
    }), FILE_RETRY_MS * 2 ** attempt);
  }

  /**
   * Documents for snippets and phrase checks: recent ones from memory, then the
   * doc file, then IndexedDB (copying what it had to read there into the file).
   */
  private readonly docs: DocStore = {
    getDocs: async (ids) => {
      let missing = ids.filter((id) => !this.cache.has(id));
      if (this.file && missing.length > 0) {
        // Only the indexed version will do: a replay asks for documents the engine does not hold yet, and gets them from IndexedDB.
        missing = missing.filter((id) => {
          const version = this.engine.versionOf(id);
          const doc = version === undefined ? undefined : this.file!.read(id, version);
          if (doc) this.remember(doc);
          return !doc;
        });
      }
      const loaded = missing.length > 0 ? await this.store.getDocs(missing) : [];
      const found = loaded.filter((doc): doc is SearchDoc => doc !== undefined);
      found.forEach((doc) => this.remember(doc));
      if (this.file && found.length > 0) this.file.append(found.filter((doc) => doc.version === this.engine.versionOf(doc.id)));
      return ids.map((id) => this.cache.get(id));
    },
  };

  private remember(doc: SearchDoc): void {
    this.cache.delete(doc.id);
    this.cache.set(doc.id, doc);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }

  /**
   * Reads the snapshot; the host answers searches from then on. The log of
   * updates since the snapshot (up to LOG_LIMIT documents to re-index) is replayed
   * after, in the write queue and a chunk at a time, so a long one never holds up
   * the first result; the state turns 'ready' once it is done.
   */
  private async restore(): Promise<void> {
    let mark = now();
    const { snapshot, stamp, docFile } = await this.store.readMeta();
    this.startup.snapshotMs = now() - mark;
    mark = now();
    if (this.file && docFile) this.file.restore(docFile);
    const restored = snapshot ? SearchEngine.restore(snapshot, this.docs, (seg) => this.store.readSegment(seg), now) : null;
    this.startup.restoreMs = now() - mark;
    if (snapshot && !restored) {
      // A snapshot from another format: start empty; the library's stamp no longer matches, so the feeder rebuilds.
      await this.store.clear();
      this.file?.clear();
      this.update({ state: 'ready' });
    } else {
      if (restored) this.engine = restored;
      // Searches are answered from here on; the state stays 'opening' until the log is replayed.
      this.update({ restoredFromDisk: restored !== null, stamp });
      void this.serial(async () => {
        mark = now();
        const replayed = await this.replayLog();
        this.startup.replayMs = now() - mark;
        this.update({ state: 'ready', restoredFromDisk: restored !== null || replayed > 0, replayed, stamp, startup: { ...this.startup } });
      }).catch((error: unknown) => this.update({ state: 'error', error: `The search index could not replay its recent updates: ${String(error)}` }));
    }
    // Later, so the first query after a restart has IndexedDB to itself.
    setTimeout(() => void this.engine.loadAll().then(() => {
      this.update({});
      return this.warmUp();
    }), BACKGROUND_LOAD_DELAY_MS);
  }

  /**
   * Runs a few searches over the library's common words, one per task so a
   * user's query never waits long behind them, to have the engine's code compiled
   * before the first real searches. Their results are not used, and a failure
   * here only means the first searches run a little slower.
   */
  private async warmUp(): Promise<void> {
    const start = now();
    for (const query of this.engine.warmUpQueries()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await this.engine.search(query, { limit: 20 }).catch(() => undefined);
    }
    this.startup.warmUpMs = now() - start;
    this.update({ startup: { ...this.startup } });
  }

  /** Applies the updates logged since the snapshot (or since the start, when there is none). */
  private async replayLog(): Promise<number> {
    const log = await this.store.readLog();
    // Only each document's last logged write matters, and IndexedDB holds exactly that
    // version: older copies in the doc file or the cache may share its version number.
    const last = new Map<string, LogEntry>();
    for (const entry of log) {
      if (this.file) placeLogged(this.file, entry);
      last.delete(entry.id);
      last.set(entry.id, entry);
    }
    const entries = [...last.values()];
    for (const entry of entries) if (entry.op === 'remove') this.engine.remove(entry.id);
    const ids = entries.filter((entry) => entry.op === 'put').map((entry) => entry.id);
    for (let first = 0; first < ids.length; first += REPLAY_CHUNK) {
      for (const doc of await this.store.getDocs(ids.slice(first, first + REPLAY_CHUNK))) {
        if (!doc) continue;
        this.engine.add(doc);
        this.remember(doc);
      }
    }
    this.logLength = log.length;
    return log.length;
  }

  private update(patch: Partial<SearchStatus>): void {
    this.status = { ...this.status, ...patch, docs: this.engine.size, segmentsLoaded: this.engine.segmentsLoaded, writes: this.writes };
    this.emit(this.status);
  }

  /** Writes run one at a time, so a snapshot never races the log it replaces. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  handle<K extends keyof Requests>(name: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const handlers: { [N in keyof Requests]: (a: Requests[N]['args']) => Promise<Requests[N]['result']> } = {
      search: ({ query, options }) => this.engine.search(query, options),
      put: ({ docs, stamp }) => this.serial(() => this.put(docs, stamp)),
      remove: ({ ids, stamp }) => this.serial(() => this.remove(ids, stamp)),
      // In the write queue, so they answer for the index with its log replayed.
      manifest: () => this.serial(async () => [...this.engine.manifest()]),
      idsWithEntity: ({ entityId }) => this.serial(() => this.engine.idsWithEntity(entityId)),
      rebuildStart: ({ total }) => this.serial(() => this.rebuildStart(total)),
      rebuildFinish: ({ stamp }) => this.serial(() => this.checkpoint(stamp)),
      checkpoint: () => this.serial(() => this.checkpoint()),
      status: async () => this.status,
    };
    return (handlers[name] as (a: Requests[K]['args']) => Promise<Requests[K]['result']>)(args);
  }

  private async put(docs: SearchDoc[], stamp?: string): Promise<PutTimings> {
    const start = now();
    for (const doc of docs) {
      this.engine.add(doc);
      this.remember(doc);
    }
    this.writes += 1;
    const applied = now();
    const placed = this.file?.append(docs);
    const rebuilding = this.status.state === 'rebuilding';
    await this.store.write(docs, [], { log: !rebuilding, stamp, placed });
    const timings = { appliedMs: applied - start, storedMs: now() - applied };
    if (rebuilding) {
      const progress = this.status.progress!;
      this.update({ progress: { done: progress.done + docs.length, total: progress.total } });
      return timings;
    }
    await this.afterLogged(docs.length, stamp);
    return timings;
  }

  private async remove(ids: string[], stamp?: string): Promise<void> {
    for (const id of ids) {
      this.engine.remove(id);
      this.cache.delete(id);
      this.file?.forget(id);
    }
    this.writes += 1;
    await this.store.write([], ids, { log: this.status.state !== 'rebuilding', stamp });
    await this.afterLogged(ids.length, stamp);
  }

  private async afterLogged(count: number, stamp?: string): Promise<void> {
    this.logLength += count;
    if (this.logLength > LOG_LIMIT) await this.checkpoint(stamp);
    else this.update(stamp === undefined ? {} : { stamp });
  }

  private async rebuildStart(total: number): Promise<void> {
    await this.store.clear();
    this.file?.clear();
    this.cache.clear();
    this.engine = SearchEngine.create(this.docs, now);
    this.logLength = 0;
    this.update({ state: 'rebuilding', progress: { done: 0, total }, restoredFromDisk: false, replayed: 0, stamp: '' });
  }

  private async checkpoint(stamp?: string): Promise<void> {
    const { meta, segments } = await this.engine.snapshot(yieldToSearches);
    if (this.file?.wasteful) this.file.clear();
    await this.store.writeSnapshot(meta, segments, stamp, this.file?.snapshot());
    this.logLength = 0;
    this.update({ state: 'ready', progress: null, ...(stamp === undefined ? {} : { stamp }) });
  }
}

/**
 * Lets queued messages (searches) run before going on. A message to ourselves, as
 * a chain of setTimeout(0) would be clamped to 4 ms a step.
 */
function yieldToSearches(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Applies a logged write to the doc file's positions. */
function placeLogged(file: DocFile, entry: LogEntry): void {
  // A put logged without a position was written by a worker without the file: any older copy there is stale.
  if (entry.op === 'remove' || entry.at === undefined || entry.length === undefined) file.forget(entry.id);
  else file.place(entry.id, { at: entry.at, length: entry.length });
}
