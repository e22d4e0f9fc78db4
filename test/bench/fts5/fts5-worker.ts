/// <reference lib="webworker" />
/**
 * SQLite's official WASM build in a dedicated worker, its database in OPFS. The
 * worker's name says which file, VFS and pragmas; it opens the database on its
 * first request, so a new worker's first search times a real cold start.
 */
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { parseQuery } from '../../../shared/search/query';
import { prepareCorpus, scaledDoc } from '../search-corpus';
import { createSchema, databaseSizes, docInserter } from './fts5-schema';
import type { SqlDb } from './fts5-schema';
import { toSql } from './fts5-query';
import type { DatabaseOptions, Hit, OpenTimings, Request, Requests, Response } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

type Sqlite = Awaited<ReturnType<typeof sqlite3InitModule>>;
type Db = InstanceType<Sqlite['oo1']['DB']>;
type Opened = { sqlite: Sqlite; db: Db; release: () => void; timings: OpenTimings };

/** 64 MB of page cache: the index is far larger, so queries read OPFS; this bounds memory. */
const CACHE_KIB = 65_536;
const options = JSON.parse(self.name) as DatabaseOptions;
let opened: Promise<Opened> | null = null;
let reported = false;

/**
 * `opfs-sahpool` keeps sync access handles open (exclusive to this worker, released
 * by pauseVfs); `opfs` relays every read through a helper worker over
 * SharedArrayBuffer (needs COOP/COEP) and allows several connections.
 */
async function openFile(sqlite: Sqlite, fresh: boolean): Promise<{ db: Db; release: () => void }> {
  if (options.vfs === 'opfs-sahpool') {
    const pool = await sqlite.installOpfsSAHPoolVfs({ directory: '/quire-fts5-bench', initialCapacity: 6 });
    if (fresh) pool.unlink(options.file);
    return { db: new pool.OpfsSAHPoolDb(options.file), release: () => pool.pauseVfs() };
  }
  if (!('opfs' in sqlite)) throw new Error('The opfs VFS did not install: it needs cross-origin isolation and its helper worker.');
  if (fresh) await (await navigator.storage.getDirectory()).removeEntry(options.file.slice(1)).catch(() => undefined);
  return { db: new sqlite.oo1.OpfsDb(options.file), release: () => undefined };
}

async function open(fresh: boolean): Promise<Opened> {
  const start = performance.now();
  const sqlite = await sqlite3InitModule();
  const loaded = performance.now();
  const { db, release } = await openFile(sqlite, fresh);
  db.exec(`PRAGMA cache_size = -${CACHE_KIB}`);
  for (const pragma of options.pragmas.split(';').filter(Boolean)) db.exec(`PRAGMA ${pragma}`);
  const timings = { sqliteMs: loaded - start, openMs: performance.now() - loaded };
  return { sqlite, db, release, timings };
}

const database = (fresh = false) => (opened ??= open(fresh));
const log = (line: string) => self.postMessage({ id: -1, log: line } satisfies Response);

async function build({ articles, docs, batch, prefix }: Requests['build']['args']): Promise<Requests['build']['result']> {
  const { db } = await database(true);
  const sql = db as unknown as SqlDb;
  const corpus = prepareCorpus(articles);
  const start = performance.now();
  createSchema(sql, prefix);
  for (let first = 0; first < docs; first += batch) {
    db.transaction(() => {
      const inserter = docInserter(sql);
      for (let n = first; n < Math.min(docs, first + batch); n += 1) inserter.insert(n + 1, scaledDoc(corpus, n));
      inserter.finish();
    });
    if ((first / batch) % 20 === 0) log(`inserted ${first} / ${docs} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
  const inserted = performance.now();
  // A rebuild would end like this: one merged segment per level is what queries are fastest on.
  db.exec("INSERT INTO fts(fts) VALUES('optimize')");
  const optimized = performance.now();
  return { insertMs: inserted - start, optimizeMs: optimized - inserted, ...databaseSizes(sql) };
}

async function search({ query, typing }: Requests['search']['args']): Promise<Requests['search']['result']> {
  const { db, timings } = await database();
  const openedIn = reported ? null : timings;
  reported = true;
  const start = performance.now();
  const sql = toSql(parseQuery(query, typing));
  const hits = sql ? (db.selectObjects(sql.sql, sql.params) as Hit[]) : [];
  return { hits, sqlMs: performance.now() - start, openedIn };
}

/** An edit of one document's title, as the app would write it: one committed transaction. */
async function update({ rowid, token }: Requests['update']['args']): Promise<Requests['update']['result']> {
  const { db } = await database();
  const start = performance.now();
  db.transaction(() => {
    const title = String(db.selectValue('SELECT title FROM fts WHERE rowid = ?', [rowid]) ?? '');
    db.exec({ sql: 'UPDATE fts SET title = ? WHERE rowid = ?', bind: [`${title} ${token}`, rowid] });
    db.exec({ sql: 'UPDATE docs SET display = ? WHERE rowid = ?', bind: [`${title} ${token}`, rowid] });
  });
  return { sqlMs: performance.now() - start };
}

async function memory(): Promise<Requests['memory']['result']> {
  const { sqlite } = await database();
  return { wasmHeapBytes: sqlite.wasm.heap8u().byteLength, cacheKiB: CACHE_KIB };
}

/** Releases the OPFS access handles, which the VFS holds exclusively, for the next worker. */
async function close(): Promise<null> {
  if (!opened) return null;
  const { db, release } = await opened;
  db.close();
  release();
  opened = null;
  return null;
}

const handlers: { [K in keyof Requests]: (args: Requests[K]['args']) => Promise<Requests[K]['result']> } = {
  build, search, update, memory, close,
};

self.onunhandledrejection = (event: PromiseRejectionEvent) => {
  self.postMessage({ id: -1, fatal: String(event.reason instanceof Error ? event.reason.message : event.reason) } satisfies Response);
};

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, op, args } = event.data;
  try {
    const result = await (handlers[op] as (args: unknown) => Promise<unknown>)(args);
    self.postMessage({ id, ok: true, result } satisfies Response);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies Response);
  }
};
