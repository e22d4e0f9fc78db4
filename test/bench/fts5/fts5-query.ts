/**
 * Turns a query typed in Quire's language into SQL over the FTS5 schema of
 * fts5-schema.ts. It parses with Quire's own parser (shared/search/query.ts), so
 * both engines answer the same words, phrases, prefixes and filters; what FTS5
 * cannot do (typo tolerance) it simply does not get.
 */
import { filterTerm } from '../../../shared/search/planner';
import type { ParsedQuery } from '../../../shared/search/query';

export type SqlQuery = { sql: string; params: (string | number)[] };

export const RESULT_LIMIT = 20;
const SNIPPET_TOKENS = 24;

/** An FTS5 string: every term quoted, so hyphens, apostrophes and keywords (AND, NEAR) stay text. */
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The MATCH expression, or null when the query has no words or phrases (filters only). */
export function matchExpression(query: ParsedQuery): string | null {
  const required = [
    ...query.words.map((word) => (word.prefix ? `${quoted(word.term)}*` : quoted(word.term))),
    ...query.phrases.map((phrase) => quoted(phrase.join(' '))),
  ];
  if (required.length === 0) return null;
  const excluded = [...query.excluded, ...query.excludedPhrases.map((phrase) => phrase.join(' '))].map(quoted);
  const positive = required.join(' AND ');
  return excluded.length === 0 ? positive : `(${positive}) NOT (${excluded.join(' OR ')})`;
}

/** The side-table conditions on `d` (docs) for type, dates and entity filters. */
function filterConditions(query: ParsedQuery, params: (string | number)[]): string[] {
  const conditions: string[] = [];
  if (query.types !== null) {
    conditions.push(`d.type IN (${query.types.map(() => '?').join(', ') || "''"})`);
    params.push(...query.types);
  }
  if (query.after !== null) {
    conditions.push('d.day >= ?');
    params.push(query.after);
  }
  if (query.before !== null) {
    conditions.push('d.day < ?');
    params.push(query.before);
  }
  for (const filter of query.filters) {
    for (const term of filter.terms) {
      conditions.push(`d.rowid ${filter.negated ? 'NOT IN' : 'IN'} (SELECT doc FROM filters WHERE term = ?)`);
      params.push(filterTerm(filter.key, term));
    }
  }
  return conditions;
}

/**
 * Top results by bm25 (the table's `rank`, configured with the field weights).
 * `ORDER BY rank` lets FTS5 sort inside the virtual table, so snippet() runs for
 * the rows returned only, not for every match.
 */
export function toSql(query: ParsedQuery, limit = RESULT_LIMIT): SqlQuery | null {
  const match = matchExpression(query);
  const params: (string | number)[] = [];
  if (match !== null) {
    params.push(match);
    const where = ['fts MATCH ?', ...filterConditions(query, params)].join(' AND ');
    return {
      // CROSS JOIN keeps fts the outer loop: driven from a filter's rowids instead, SQLite would re-run
      // the MATCH per row and sort every match, with its snippet, in a temporary b-tree.
      sql: `SELECT d.id, d.display, snippet(fts, -1, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet, rank AS score
        FROM fts CROSS JOIN docs d ON d.rowid = fts.rowid WHERE ${where} ORDER BY rank LIMIT ${limit}`,
      params,
    };
  }
  const conditions = filterConditions(query, params);
  if (conditions.length === 0) return null;
  // Filters alone have no relevance to rank by: newest first, the opening of the text as snippet. The
  // newest are picked before any text is read, so only those rows' text is.
  return {
    sql: `SELECT top.id, top.display, substr(CASE WHEN f.quote <> '' THEN f.quote ELSE f.body END, 1, 160) AS snippet, 0 AS score
      FROM (SELECT d.rowid AS doc, d.id, d.display, d.day FROM docs d WHERE ${conditions.join(' AND ')} ORDER BY d.day DESC LIMIT ${limit}) AS top
      CROSS JOIN fts f ON f.rowid = top.doc ORDER BY top.day DESC`,
    params,
  };
}
