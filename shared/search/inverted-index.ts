/**
 * The term dictionary and posting lists. The dictionary (every term with its
 * document frequency) is always in memory; posting lists live in segments
 * (terms bucketed by hash) that a persisted index loads on demand, so the first
 * query after a restart waits only for the segments of its own terms. Changes
 * since the last snapshot are appended to per-term tails.
 */
import { decodePostings, PostingWriter } from './postings';
import type { PostingList } from './postings';

export const SEGMENT_COUNT = 256;
/**
 * Decoded lists kept for reuse, in postings (8 bytes each): typing "e", "ec",
 * "eco" reads the same long lists again and again.
 */
const DECODED_BUDGET = 4_000_000;

export type SegmentData = { seg: number; terms: string; offsets: Uint32Array; data: Uint8Array };
export type SegmentSource = (seg: number) => Promise<SegmentData | undefined>;
export type DictionarySnapshot = { terms: string; dfs: Uint32Array };

type TermEntry = { df: number; base: Uint8Array | null; tail: PostingWriter | null };

export function segmentOf(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i += 1) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SEGMENT_COUNT;
}

export class InvertedIndex {
  private readonly terms = new Map<string, TermEntry>();
  private sorted: string[] = [];
  private unsorted: string[] = [];
  private readonly loaded = new Uint8Array(SEGMENT_COUNT).fill(1);
  private readonly loading = new Map<number, Promise<void>>();
  private source: SegmentSource | null = null;
  /** Recently decoded lists, least recently used first. */
  private readonly decoded = new Map<string, PostingList>();
  private decodedSize = 0;
  segmentsLoaded = SEGMENT_COUNT;

  get termCount(): number {
    return this.terms.size;
  }

  df(term: string): number {
    return this.terms.get(term)?.df ?? 0;
  }

  /** Adds a posting; `packedTfs` as made by bumpTf. */
  append(term: string, ord: number, packedTfs: number): void {
    let entry = this.terms.get(term);
    if (!entry) {
      entry = { df: 0, base: null, tail: null };
      this.terms.set(term, entry);
      this.unsorted.push(term);
    }
    this.forget(term);
    entry.tail ??= new PostingWriter(8);
    entry.tail.appendPacked(ord, packedTfs);
    entry.df += 1;
  }

  /** Loads the segments holding these terms' postings, when they are not in memory yet. */
  async ensureLoaded(terms: Iterable<string>): Promise<void> {
    const segs = new Set<number>();
    for (const term of terms) if (this.terms.has(term)) segs.add(segmentOf(term));
    await Promise.all([...segs].map((seg) => this.loadSegment(seg)));
  }

  /** Loads every segment, a few reads at a time, so queries meanwhile are not starved. */
  async loadAll(): Promise<void> {
    for (let seg = 0; seg < SEGMENT_COUNT; seg += 8) {
      await Promise.all(Array.from({ length: 8 }, (_, i) => this.loadSegment(seg + i)));
    }
  }

  get fullyLoaded(): boolean {
    return this.segmentsLoaded === SEGMENT_COUNT;
  }

  private loadSegment(seg: number): Promise<void> {
    if (this.loaded[seg]) return Promise.resolve();
    let pending = this.loading.get(seg);
    if (!pending) {
      pending = this.source!(seg).then((data) => {
        if (data) this.install(data);
        this.loaded[seg] = 1;
        this.segmentsLoaded += 1;
        this.loading.delete(seg);
      });
      this.loading.set(seg, pending);
    }
    return pending;
  }

  private install(segment: SegmentData): void {
    const terms = segment.terms === '' ? [] : segment.terms.split('\n');
    terms.forEach((term, i) => {
      const entry = this.terms.get(term);
      if (!entry) return;
      entry.base = segment.data.subarray(segment.offsets[i], segment.offsets[i + 1]);
      this.forget(term);
    });
  }

  /** A term's postings (base, then tail), decoded; call ensureLoaded first. Do not modify the arrays. */
  postings(term: string): PostingList | null {
    const cached = this.decoded.get(term);
    if (cached) {
      this.decoded.delete(term);
      this.decoded.set(term, cached);
      return cached;
    }
    const entry = this.terms.get(term);
    if (!entry) return null;
    const list = decodeEntry(entry);
    this.decoded.set(term, list);
    this.decodedSize += list.ords.length;
    for (const [old, oldList] of this.decoded) {
      if (this.decodedSize <= DECODED_BUDGET || old === term) break;
      this.decoded.delete(old);
      this.decodedSize -= oldList.ords.length;
    }
    return list;
  }

  private forget(term: string): void {
    const list = this.decoded.get(term);
    if (!list) return;
    this.decoded.delete(term);
    this.decodedSize -= list.ords.length;
  }

  /** Every posting of a term, oldest first; call ensureLoaded first. */
  forEachPosting(term: string, visit: (ord: number) => void): void {
    const list = this.postings(term);
    if (!list) return;
    for (let i = 0; i < list.length; i += 1) visit(list.ords[i]!);
  }

  /**
   * Searchable terms (not filter keys) starting with `prefix`: the `limit` most
   * frequent, most frequent first. One pass keeping the best few, as a one-letter
   * prefix has thousands of terms (sorting them all by frequency took 0.8 ms).
   */
  withPrefix(prefix: string, limit: number): string[] {
    if (limit <= 0) return [];
    const best: { term: string; df: number }[] = [];
    const consider = (term: string) => {
      const df = this.df(term);
      if (df === 0 || (best.length === limit && df <= best[limit - 1]!.df)) return;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && best[at - 1]!.df < df) at -= 1;
      best.splice(at, 0, { term, df });
      if (best.length > limit) best.pop();
    };
    const sorted = this.sorted;
    const [from, to] = prefixRange(sorted, prefix, 0);
    for (let i = from; i < to; i += 1) consider(sorted[i]!);
    for (const term of this.unsorted) if (term.startsWith(prefix) && isWordTerm(term)) consider(term);
    return best.map((entry) => entry.term);
  }

  /**
   * Calls `visit` for every searchable term whose length is in [min, max] and
   * whose first or second letter is one of `letters`: the terms a typo correction
   * can be (one edit leaves one of the first two letters in place). The sorted
   * dictionary is read by ranges (terms starting with each letter, and with any
   * letter followed by it) rather than whole: a tenth of it or less.
   */
  forEachTermNear(letters: string[], minLength: number, maxLength: number, visit: (term: string) => void): void {
    const sorted = this.sorted;
    const wanted = [...new Set(letters)];
    const visitRange = ([from, to]: [number, number]) => {
      for (let i = from; i < to; i += 1) {
        const term = sorted[i]!;
        if (term.length >= minLength && term.length <= maxLength) visit(term);
      }
    };
    for (const letter of wanted) visitRange(prefixRange(sorted, letter, 0));
    for (let group = 0; group < sorted.length; ) {
      const first = sorted[group]![0]!;
      const end = prefixRange(sorted, first, group)[1];
      if (!wanted.includes(first)) for (const letter of wanted) visitRange(prefixRange(sorted, first + letter, group));
      group = Math.max(end, group + 1);
    }
    for (const term of this.unsorted) {
      if (term.length < minLength || term.length > maxLength || !isWordTerm(term)) continue;
      if (wanted.includes(term[0]!) || wanted.includes(term[1] ?? '')) visit(term);
    }
  }

  /** Keeps the sorted dictionary current; cheap when little changed. */
  settle(): void {
    if (this.unsorted.length < 2_000) return;
    this.sorted = this.sorted.concat(this.unsorted.filter(isWordTerm)).sort();
    this.unsorted = [];
  }

  /**
   * Rewrites every list without the dead documents, merging tails into their
   * bases, and groups them into segments; the index then runs from these bytes.
   * One segment per step, with `pause()` between steps, so a search typed
   * meanwhile waits for a step (a few ms) rather than the whole compaction (over
   * a second at 50k documents). Between steps every list is whole, either side of
   * its rewrite, with the same live postings; terms left with none are dropped,
   * and the sorted dictionary rebuilt, at the end.
   */
  async compact(isAlive: (ord: number) => boolean, pause: () => Promise<void> = () => Promise.resolve()): Promise<SegmentData[]> {
    const bySeg: string[][] = Array.from({ length: SEGMENT_COUNT }, () => []);
    for (const term of this.terms.keys()) bySeg[segmentOf(term)]!.push(term);
    const emptied: string[] = [];
    const segments: SegmentData[] = [];
    let scratch: PostingList = { ords: new Int32Array(1024), packed: new Uint32Array(1024), length: 0 };
    for (let seg = 0; seg < SEGMENT_COUNT; seg += 1) {
      const kept: string[] = [];
      const offsets: number[] = [0];
      const writer = new PostingWriter(4096);
      for (const term of bySeg[seg]!) {
        const entry = this.terms.get(term)!;
        scratch.length = 0;
        scratch = decodeEntry(entry, scratch);
        writer.startList();
        for (let i = 0; i < scratch.length; i += 1) if (isAlive(scratch.ords[i]!)) writer.appendPacked(scratch.ords[i]!, scratch.packed[i]!);
        this.forget(term);
        entry.df = writer.count;
        entry.tail = null;
        if (writer.count === 0) {
          entry.base = null;
          emptied.push(term);
          continue;
        }
        kept.push(term);
        offsets.push(writer.length);
      }
      const data = writer.finish();
      kept.forEach((term, i) => { this.terms.get(term)!.base = data.subarray(offsets[i], offsets[i + 1]); });
      segments.push({ seg, terms: kept.join('\n'), offsets: Uint32Array.from(offsets), data });
      await pause();
    }
    for (const term of emptied) this.terms.delete(term);
    this.sorted = [...this.terms.keys()].filter(isWordTerm).sort();
    this.unsorted = [];
    return segments;
  }

  dictionary(): DictionarySnapshot {
    const terms = [...this.terms.keys()].sort();
    return { terms: terms.join('\n'), dfs: Uint32Array.from(terms, (term) => this.terms.get(term)!.df) };
  }

  /** An index whose postings are still on disk: segments load when first needed. */
  static restore(snapshot: DictionarySnapshot, source: SegmentSource): InvertedIndex {
    const index = new InvertedIndex();
    const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
    terms.forEach((term, i) => index.terms.set(term, { df: snapshot.dfs[i]!, base: null, tail: null }));
    // dictionary() wrote the terms sorted, so no sort here: restarts stay fast.
    index.sorted = terms.filter(isWordTerm);
    index.source = source;
    index.loaded.fill(0);
    index.segmentsLoaded = 0;
    return index;
  }
}

/** A term's postings decoded onto the end of `into` (a new list by default; a list grown if it is too small). */
function decodeEntry(entry: TermEntry, into?: PostingList): PostingList {
  let list: PostingList = into ?? { ords: new Int32Array(Math.max(16, entry.df)), packed: new Uint32Array(Math.max(16, entry.df)), length: 0 };
  if (entry.base) list = decodePostings(entry.base, entry.base.length, list);
  if (entry.tail) list = decodePostings(entry.tail.bytes, entry.tail.length, list);
  return list;
}

/** The index range [from, to) of the sorted terms starting with `prefix`, searching from `from`. */
function prefixRange(sorted: string[], prefix: string, from: number): [number, number] {
  const last = prefix.length - 1;
  const after = prefix.slice(0, last) + String.fromCharCode(prefix.charCodeAt(last) + 1);
  const start = lowerBound(sorted, prefix, from);
  return [start, lowerBound(sorted, after, start)];
}

function lowerBound(sorted: string[], key: string, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Filter terms start with a control character and never match typed words. */
export function isWordTerm(term: string): boolean {
  return term.charCodeAt(0) > 1;
}
