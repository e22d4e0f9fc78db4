/**
 * Finds the documents matching every group of a query and scores them with
 * BM25F: field-weighted term frequencies (title > quote > meta > body), each
 * normalised by its field's length. A group is one typed word with the terms it
 * may match (itself, prefix completions, typo corrections, each weighted) or a
 * filter term, which must match but does not score.
 */
import { NO_DAY } from './doc-table';
import type { DocTable } from './doc-table';
import type { InvertedIndex } from './inverted-index';
import { FIELD_COUNT } from './postings';
import { DOC_TYPES } from './query';
import type { DocType } from './query';

export type TermChoice = { term: string; weight: number };
export type Group = { choices: TermChoice[]; scored: boolean };
export type DocFilter = { types: DocType[] | null; after: number | null; before: number | null };

const FIELD_WEIGHTS = [3, 2, 1, 1.5];
const FIELD_B = [0.5, 0.75, 0.75, 0.5];
const K1 = 1.2;

export class Matcher {
  private stamp = new Uint16Array(0);
  private scores = new Float64Array(0);
  private groupScores = new Float64Array(0);
  private candidates = new Int32Array(0);

  constructor(private readonly table: DocTable, private readonly index: InvertedIndex) {}

  /** Ordinals of the documents matching every group (and the filter); scores in `scores`. */
  match(groups: Group[], filter: DocFilter): Int32Array {
    this.grow();
    this.prepareNorms();
    const allowed = this.allowedTest(filter);
    if (groups.length === 0) return this.allDocs(allowed);
    const ordered = [...groups].sort((a, b) => this.size(a) - this.size(b));
    let count = 0;
    ordered.forEach((group, g) => { count = this.applyGroup(group, g, count, allowed); });
    const { stamp, candidates } = this;
    const matched = new Int32Array(count);
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const ord = candidates[i]!;
      if (stamp[ord] === ordered.length) matched[kept++] = ord;
      stamp[ord] = 0;
    }
    return matched.subarray(0, kept);
  }

  /** Every document's score from the last match, by ordinal (valid for the matched ones). */
  get scoreTable(): Float64Array {
    return this.scores;
  }

  scoreOf(ord: number): number {
    return this.scores[ord]!;
  }

  /** Ordinals of the documents holding every one of these terms (for exclusions). */
  docsWithAll(terms: string[]): Set<number> {
    let result: Set<number> | null = null;
    for (const term of terms) {
      const next = new Set<number>();
      this.index.forEachPosting(term, (ord) => { if (!result || result.has(ord)) next.add(ord); });
      result = next;
    }
    return result ?? new Set();
  }

  /**
   * Marks the documents of one group (stamp g -> g + 1) and keeps each one's best
   * choice score; the first group collects the candidates. Flat loops over decoded
   * lists: this is the hot path of every query.
   */
  private applyGroup(group: Group, g: number, count: number, allowed: AllowedTest): number {
    const { stamp, groupScores, candidates, scores } = this;
    const docCount = Math.max(1, this.table.aliveCount);
    const { ids, types, days } = this.table;
    for (const choice of group.choices) {
      const list = this.index.postings(choice.term);
      if (!list) continue;
      const df = this.index.df(choice.term);
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const weight = group.scored ? choice.weight * idf : 0;
      const { ords, packed, length } = list;
      for (let i = 0; i < length; i += 1) {
        const ord = ords[i]!;
        const seen = stamp[ord]!;
        if (seen !== g && seen !== g + 1) continue;
        if (g === 0 && seen === 0) {
          if (ids[ord] === '' || (allowed.types & (1 << types[ord]!)) === 0) continue;
          if (allowed.dated && !inRange(days[ord]!, allowed)) continue;
          candidates[count++] = ord;
          scores[ord] = 0;
        }
        const contribution = weight === 0 ? 0 : weight * this.saturatedTf(ord, packed[i]!);
        if (seen === g) {
          stamp[ord] = g + 1;
          groupScores[ord] = contribution;
        } else if (contribution > groupScores[ord]!) {
          groupScores[ord] = contribution;
        }
      }
    }
    for (let i = 0; i < count; i += 1) {
      const ord = candidates[i]!;
      if (stamp[ord] === g + 1) scores[ord]! += groupScores[ord]!;
    }
    return count;
  }

  /** Per-field constants of the length normalisation, computed once per query rather than per posting. */
  private readonly normBase = new Float64Array(FIELD_COUNT);
  private readonly normSlope = new Float64Array(FIELD_COUNT);

  private prepareNorms(): void {
    const docCount = Math.max(1, this.table.aliveCount);
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const average = Math.max(1, this.table.lenSums[f]! / docCount);
      this.normBase[f] = 1 - FIELD_B[f]!;
      this.normSlope[f] = FIELD_B[f]! / average;
    }
  }

  /** BM25F's saturated, length-normalised frequency from the four packed field counts. */
  private saturatedTf(ord: number, packed: number): number {
    const lens = this.table.lens;
    const offset = ord * FIELD_COUNT;
    let tf = 0;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const count = (packed >>> (8 * f)) & 255;
      if (count === 0) continue;
      tf += (FIELD_WEIGHTS[f]! * count) / (this.normBase[f]! + this.normSlope[f]! * lens[offset + f]!);
    }
    return (tf * (K1 + 1)) / (tf + K1);
  }

  private size(group: Group): number {
    return group.choices.reduce((sum, choice) => sum + this.index.df(choice.term), 0);
  }

  private allowedTest(filter: DocFilter): AllowedTest {
    const types = filter.types === null ? ALL_TYPES : filter.types.reduce((mask, type) => mask | (1 << DOC_TYPES.indexOf(type)), 0);
    const dated = filter.after !== null || filter.before !== null;
    return { types, dated, after: filter.after ?? -Infinity, before: filter.before ?? Infinity };
  }

  private allDocs(allowed: AllowedTest): Int32Array {
    const { ids, types, days } = this.table;
    const matched = new Int32Array(this.table.size);
    let count = 0;
    for (let ord = 0; ord < this.table.size; ord += 1) {
      if (ids[ord] === '' || (allowed.types & (1 << types[ord]!)) === 0) continue;
      if (allowed.dated && !inRange(days[ord]!, allowed)) continue;
      this.scores[ord] = 0;
      matched[count++] = ord;
    }
    return matched.subarray(0, count);
  }

  private grow(): void {
    const size = this.table.size;
    if (this.stamp.length >= size) return;
    const capacity = Math.max(1024, size * 2);
    this.stamp = new Uint16Array(capacity);
    const scores = new Float64Array(capacity);
    scores.set(this.scores);
    this.scores = scores;
    this.groupScores = new Float64Array(capacity);
    this.candidates = new Int32Array(capacity);
  }
}

/** Which documents a query may match: a bit per type, and an optional day range. */
type AllowedTest = { types: number; dated: boolean; after: number; before: number };
const ALL_TYPES = (1 << DOC_TYPES.length) - 1;

function inRange(day: number, allowed: AllowedTest): boolean {
  return day !== NO_DAY && day >= allowed.after && day < allowed.before;
}
