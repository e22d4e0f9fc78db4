/**
 * The FTS5 side of the comparison: one FTS5 table over the fields Quire's engine
 * indexes (title, quote, body, meta, weighted 3 / 2 / 1 / 1.5 by bm25), a side
 * table for type and date, and one for the filter terms (`actor:`, `speaker:`,
 * `treaty:`, `tag:`, `site:`) made by Quire's own filterTermsOf, so a filter
 * matches exactly the documents it matches in Quire.
 */
import { filterTermsOf } from '../../../shared/search/planner';
import { dayOf } from '../../../shared/search/query';
import type { SearchDoc } from '../../../shared/search/types';

/** The slice of the oo1 Database API this benchmark uses. */
export type SqlDb = {
  exec(sql: string): unknown;
  prepare(sql: string): SqlStatement;
  selectValue(sql: string, bind?: (string | number)[]): unknown;
};
type SqlStatement = { bind(values: (string | number | null)[]): SqlStatement; stepReset(): SqlStatement; finalize(): unknown };

export function isPrefixOption(prefix: string): boolean {
  return /^(\d+( \d+)*)?$/.test(prefix);
}

export function createSchema(db: SqlDb, prefix: string): void {
  if (!isPrefixOption(prefix)) throw new Error(`--prefix must be lengths separated by spaces, like "2 3", not "${prefix}".`);
  const prefixOption = prefix ? `, prefix = '${prefix}'` : '';
  db.exec(`
    CREATE VIRTUAL TABLE fts USING fts5(title, quote, body, meta, tokenize = 'unicode61 remove_diacritics 2'${prefixOption});
    INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(3.0, 2.0, 1.0, 1.5)');
    CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, day INTEGER, display TEXT NOT NULL);
    CREATE TABLE filters(term TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (term, doc)) WITHOUT ROWID;
  `);
}

/** Prepared inserts for a run of documents; call inside a transaction, then finish(). */
export function docInserter(db: SqlDb) {
  const text = db.prepare('INSERT INTO fts(rowid, title, quote, body, meta) VALUES (?, ?, ?, ?, ?)');
  const row = db.prepare('INSERT INTO docs(rowid, id, type, day, display) VALUES (?, ?, ?, ?, ?)');
  const filter = db.prepare('INSERT INTO filters(term, doc) VALUES (?, ?)');
  return {
    insert(rowid: number, doc: SearchDoc) {
      text.bind([rowid, doc.title, doc.quote, doc.body, doc.meta]).stepReset();
      row.bind([rowid, doc.id, doc.type, dayOf(doc.date), doc.display]).stepReset();
      for (const term of filterTermsOf(doc)) filter.bind([term, rowid]).stepReset();
    },
    finish() {
      for (const statement of [text, row, filter]) statement.finalize();
    },
  };
}

/** Where the bytes go: the whole file, FTS5's index b-tree, and the stored text. */
export function databaseSizes(db: SqlDb) {
  const number = (sql: string) => Number(db.selectValue(sql) ?? 0);
  return {
    fileBytes: number('PRAGMA page_count') * number('PRAGMA page_size'),
    indexBytes: number('SELECT sum(length(block)) FROM fts_data'),
    textBytes: number('SELECT sum(octet_length(c0) + octet_length(c1) + octet_length(c2) + octet_length(c3)) FROM fts_content'),
  };
}
