import type { DocType, ParsedQuery } from './query';

export type EntityRef = { id: string; name: string; aliases: string[] };

/** One searchable document, built from library records by renderer/search/documents.ts. */
export type SearchDoc = {
  id: string;
  type: DocType;
  /** Changes whenever any record the document was built from changes (max updatedAt). */
  version: number;
  /** What a result shows as its heading. */
  display: string;
  /** Indexed fields, weighted title > quote > meta > body. */
  title: string;
  quote: string;
  body: string;
  /** Byline, site, tags, and the names and aliases of the speaker and entities. */
  meta: string;
  /** ISO date of the article, or null. */
  date: string | null;
  site: string;
  tags: string[];
  speaker: EntityRef | null;
  actors: EntityRef[];
  treaties: EntityRef[];
};

export type Highlight = [start: number, end: number];
export type Snippet = { text: string; highlights: Highlight[] };

export type SearchHit = {
  type: DocType;
  id: string;
  title: string;
  titleHighlights: Highlight[];
  snippet: Snippet;
  score: number;
  date: string | null;
  site: string;
};

export type FacetCount = { id: string; name: string; count: number };
export type Facets = {
  types: Record<DocType, number>;
  speakers: FacetCount[];
  treaties: FacetCount[];
  years: { year: number; count: number }[];
};

export type SearchResponse = {
  results: SearchHit[];
  facets: Facets;
  /** Documents matching; an upper bound when phrases were checked on the top results only. */
  total: number;
  totalIsExact: boolean;
  query: ParsedQuery;
  /**
   * Where the time went, in ms: waiting for posting segments, matching and ranking,
   * then documents and snippets (`resultsMs`), of which fetching documents (`fetchMs`).
   */
  timings: { loadMs: number; matchMs: number; resultsMs: number; fetchMs: number };
};

export type SearchOptions = {
  limit?: number;
  offset?: number;
  /** Restrict to these types (in addition to any `type:` in the query). */
  types?: DocType[];
  /** Treat the last word as a prefix (the user is typing). Default true. */
  typing?: boolean;
};

/** Where the engine fetches document text for phrase checks and snippets. */
export type DocStore = {
  getDocs(ids: string[]): Promise<(SearchDoc | undefined)[]>;
};
