/**
 * The search engine: indexes SearchDocs, answers queries with ranked hits,
 * snippets and facets. Pure: posting segments and document text come from the
 * stores it is given (IndexedDB in the worker, Maps in tests).
 */
import { DocTable } from './doc-table';
import type { DocTableSnapshot } from './doc-table';
import { countFacets } from './facets';
import { InvertedIndex } from './inverted-index';
import type { DictionarySnapshot, SegmentData, SegmentSource } from './inverted-index';
import { Matcher } from './matcher';
import { filterTerm, filterTermsOf, planQuery, termsToLoad } from './planner';
import type { Plan } from './planner';
import { bumpTf } from './postings';
import { dayOf, isEmptyQuery, parseQuery } from './query';
import type { ParsedQuery } from './query';
import { containsPhrase, topByScore } from './rank';
import { forEachToken } from './tokenize';
import { highlightAll, hitTest, makeSnippet } from './snippet';
import type { HitTest } from './snippet';
import type { DocStore, SearchDoc, SearchHit, SearchOptions, SearchResponse } from './types';
import { warmUpQueries } from './warm-up';

export type EngineSnapshot = { format: 1; docs: DocTableSnapshot; dictionary: DictionarySnapshot };

const FORMAT = 1;
/** How many top matches at most get their text checked for phrases. */
const VERIFY_BUDGET = 400;

export class SearchEngine {
  private readonly matcher: Matcher;

  private constructor(
    private readonly table: DocTable,
    private readonly index: InvertedIndex,
    private readonly docs: DocStore,
    private readonly now: () => number,
  ) {
    this.matcher = new Matcher(table, index);
  }

  /** `now` times the phases of each search (the worker passes performance.now). */
  static create(docs: DocStore, now: () => number = Date.now): SearchEngine {
    return new SearchEngine(new DocTable(), new InvertedIndex(), docs, now);
  }

  /** An engine over a persisted index; posting segments load as queries need them. */
  static restore(snapshot: EngineSnapshot, docs: DocStore, segments: SegmentSource, now: () => number = Date.now): SearchEngine | null {
    if (snapshot.format !== FORMAT) return null;
    return new SearchEngine(DocTable.restore(snapshot.docs), InvertedIndex.restore(snapshot.dictionary, segments), docs, now);
  }

  get size(): number {
    return this.table.aliveCount;
  }

  get fullyLoaded(): boolean {
    return this.index.fullyLoaded;
  }

  /** Searches to run once when idle, results unused, so the first real ones run compiled code. */
  warmUpQueries(): string[] {
    return warmUpQueries(this.index);
  }

  get segmentsLoaded(): number {
    return this.index.segmentsLoaded;
  }

  get termCount(): number {
    return this.index.termCount;
  }

  versionOf(id: string): number | undefined {
    const ord = this.table.ordOf(id);
    return ord === undefined ? undefined : this.table.versions[ord];
  }

  /** Every indexed document id with its version, to compare against the library. */
  manifest(): Map<string, number> {
    const versions = new Map<string, number>();
    this.table.ids.forEach((id, ord) => { if (id !== '') versions.set(id, this.table.versions[ord]!); });
    return versions;
  }

  /** Adds a document, or replaces the one with the same id. */
  add(doc: SearchDoc): void {
    this.remove(doc.id);
    const counts = new Map<string, number>();
    const lengths = [doc.title, doc.quote, doc.body, doc.meta].map((text, field) =>
      forEachToken(text, (term) => counts.set(term, bumpTf(counts.get(term) ?? 0, field))));
    const ord = this.table.push(doc, dayOf(doc.date), lengths);
    for (const [term, packed] of counts) this.index.append(term, ord, packed);
    for (const term of filterTermsOf(doc)) this.index.append(term, ord, 0);
  }

  remove(id: string): boolean {
    const ord = this.table.ordOf(id);
    if (ord === undefined) return false;
    this.table.remove(ord);
    return true;
  }

  /** Ids of the documents that name this entity (speaker, actor or treaty), to re-index after it changes. */
  async idsWithEntity(entityId: string): Promise<string[]> {
    const term = filterTerm('entity', entityId);
    await this.index.ensureLoaded([term]);
    const ids: string[] = [];
    this.index.forEachPosting(term, (ord) => { if (this.table.isAlive(ord)) ids.push(this.table.ids[ord]!); });
    return ids;
  }

  async search(input: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const query = parseQuery(input, options.typing ?? true);
    const limit = Math.max(0, options.limit ?? 20);
    const offset = Math.max(0, options.offset ?? 0);
    if (isEmptyQuery(query) && !options.types) return emptyResponse(query, this.table);
    const start = this.now();
    this.index.settle();
    const plan = planQuery(query, this.index, options.types);
    if (plan.groups.some((group) => group.choices.length === 0)) return emptyResponse(query, this.table);
    const planned = this.now();
    await this.index.ensureLoaded(termsToLoad(plan));
    const loaded = this.now();
    let matched = this.matcher.match(plan.groups, plan.filter);
    for (const terms of plan.exclusions) {
      const excluded = this.matcher.docsWithAll(terms);
      if (excluded.size > 0) matched = matched.filter((ord) => !excluded.has(ord));
    }
    const facets = countFacets(this.table, matched);
    const isHit = hitTest(plan.highlightTerms, plan.highlightPrefixes);
    const matchedAt = this.now();
    const fetching = { ms: 0 };
    const { page, rejected, exact } = await this.rankPage(matched, plan, offset + limit, fetching);
    const results = page.slice(offset).map(({ ord, doc }) => this.hit(ord, doc, isHit));
    const timings = { loadMs: loaded - planned, matchMs: planned - start + matchedAt - loaded, resultsMs: this.now() - matchedAt, fetchMs: fetching.ms };
    return { results, facets, total: matched.length - rejected, totalIsExact: exact, query, timings };
  }

  /** Loads posting segments not yet in memory, so later queries never wait on storage. */
  loadAll(): Promise<void> {
    return this.index.loadAll();
  }

  /**
   * Compacts the index and returns what to persist; afterwards it runs from these
   * bytes. Searches may run at each `pause()` (see InvertedIndex.compact).
   */
  async snapshot(pause?: () => Promise<void>): Promise<{ meta: EngineSnapshot; segments: SegmentData[] }> {
    await this.index.loadAll();
    const segments = await this.index.compact((ord) => this.table.isAlive(ord), pause);
    return { meta: { format: FORMAT, docs: this.table.snapshot(), dictionary: this.index.dictionary() }, segments };
  }

  private top(matched: Int32Array, k: number): number[] {
    return topByScore(matched, k, this.matcher.scoreTable, this.table.days);
  }

  /** Documents by ordinal, adding the time spent waiting for them to `fetching`. */
  private async fetch(ords: number[], fetching: { ms: number }): Promise<(SearchDoc | undefined)[]> {
    const start = this.now();
    const docs = await this.docs.getDocs(ords.map((ord) => this.table.ids[ord]!));
    fetching.ms += this.now() - start;
    return docs;
  }

  private async rankPage(matched: Int32Array, plan: Plan, need: number, fetching: { ms: number }) {
    const verifying = plan.phrases.length > 0 || plan.excludedPhrases.length > 0;
    if (!verifying) {
      const top = this.top(matched, need);
      const docs = await this.fetch(top, fetching);
      return { page: top.flatMap((ord, i) => (docs[i] ? [{ ord, doc: docs[i] }] : [])), rejected: 0, exact: true };
    }
    const ranked = this.top(matched, Math.min(matched.length, VERIFY_BUDGET));
    const page: { ord: number; doc: SearchDoc }[] = [];
    let rejected = 0;
    let checked = 0;
    const batch = Math.max(need, 10);
    while (checked < ranked.length && page.length < need) {
      const slice = ranked.slice(checked, checked + batch);
      const docs = await this.fetch(slice, fetching);
      slice.forEach((ord, i) => {
        const doc = docs[i];
        if (doc && phrasesHold(doc, plan)) page.push({ ord, doc });
        else rejected += 1;
      });
      checked += slice.length;
    }
    return { page: page.slice(0, need), rejected, exact: checked === matched.length };
  }

  private hit(ord: number, doc: SearchDoc, isHit: HitTest): SearchHit {
    // Meta (byline, tags, every alias of every entity) is searched but never shown: as a snippet it reads as a list of names.
    const fields = doc.type === 'quote' ? [doc.quote, doc.body] : [doc.body, doc.title];
    let snippet = makeSnippet(fields[0]!, isHit);
    for (const text of fields.slice(1)) {
      if (snippet.highlights.length > 0) break;
      const other = makeSnippet(text, isHit);
      if (other.highlights.length > 0) snippet = other;
    }
    return {
      type: doc.type,
      id: doc.id,
      title: doc.display,
      titleHighlights: highlightAll(doc.display, isHit),
      snippet,
      score: this.matcher.scoreOf(ord),
      date: doc.date,
      site: doc.site,
    };
  }
}

function phrasesHold(doc: SearchDoc, plan: Plan): boolean {
  const fields = [doc.title, doc.quote, doc.body, doc.meta];
  const has = (phrase: string[]) => fields.some((text) => containsPhrase(text, phrase));
  return plan.phrases.every(has) && !plan.excludedPhrases.some(has);
}

function emptyResponse(query: ParsedQuery, table: DocTable): SearchResponse {
  return { results: [], facets: countFacets(table, []), total: 0, totalIsExact: true, query, timings: { loadMs: 0, matchMs: 0, resultsMs: 0, fetchMs: 0 } };
}

/** A DocStore over a Map, for tests and benchmarks that keep documents in memory. */
export class MemoryDocStore implements DocStore {
  readonly docs = new Map<string, SearchDoc>();
  getDocs(ids: string[]): Promise<(SearchDoc | undefined)[]> {
    return Promise.resolve(ids.map((id) => this.docs.get(id)));
  }
}
