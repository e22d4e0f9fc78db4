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

  constructor(private readonly table: DocTable, private readonly index: InvertedIndex) {}

  /** Ordinals of the documents matching every group (and the filter); scores in `scoreOf`. */
  match(groups: Group[], filter: DocFilter): number[] {
    this.grow();
    this.prepareNorms();
    const allowed = this.allowedFn(filter);
    if (groups.length === 0) return this.allDocs(allowed);
    const ordered = [...groups].sort((a, b) => this.size(a) - this.size(b));
    const candidates: number[] = [];
    ordered.forEach((group, g) => this.applyGroup(group, g, candidates, allowed));
    const matched = candidates.filter((ord) => this.stamp[ord] === ordered.length);
    for (const ord of candidates) this.stamp[ord] = 0;
    return matched;
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

  private applyGroup(group: Group, g: number, candidates: number[], allowed: (ord: number) => boolean): void {
    const stamp = this.stamp;
    const groupScores = this.groupScores;
    const docCount = Math.max(1, this.table.aliveCount);
    for (const choice of group.choices) {
      const df = this.index.df(choice.term);
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const weight = group.scored ? choice.weight * idf : 0;
      this.index.forEachPosting(choice.term, (ord, tfs) => {
        const seen = stamp[ord]!;
        if (seen !== g && seen !== g + 1) return;
        if (g === 0 && seen === 0) {
          if (!allowed(ord)) return;
          candidates.push(ord);
          this.scores[ord] = 0;
        }
        const contribution = weight === 0 ? 0 : weight * this.saturatedTf(ord, tfs);
        if (seen === g) {
          stamp[ord] = g + 1;
          groupScores[ord] = contribution;
        } else if (contribution > groupScores[ord]!) {
          groupScores[ord] = contribution;
        }
      });
    }
    for (const ord of candidates) if (stamp[ord] === g + 1) this.scores[ord]! += groupScores[ord]!;
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

  private saturatedTf(ord: number, tfs: Uint32Array): number {
    const lens = this.table.lens;
    const offset = ord * FIELD_COUNT;
    let tf = 0;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const count = tfs[f]!;
      if (count === 0) continue;
      tf += (FIELD_WEIGHTS[f]! * count) / (this.normBase[f]! + this.normSlope[f]! * lens[offset + f]!);
    }
    return (tf * (K1 + 1)) / (tf + K1);
  }

  private size(group: Group): number {
    return group.choices.reduce((sum, choice) => sum + this.index.df(choice.term), 0);
  }

  private allowedFn(filter: DocFilter): (ord: number) => boolean {
    const table = this.table;
    const typeOk = filter.types === null ? null : new Set(filter.types);
    const after = filter.after ?? -Infinity;
    const before = filter.before ?? Infinity;
    const dated = filter.after !== null || filter.before !== null;
    const ids = table.ids;
    if (!typeOk && !dated) return (ord) => ids[ord] !== '';
    return (ord) => {
      if (!table.isAlive(ord)) return false;
      if (typeOk && !typeOk.has(table.typeOf(ord))) return false;
      if (!dated) return true;
      const day = table.days[ord]!;
      return day !== NO_DAY && day >= after && day < before;
    };
  }

  private allDocs(allowed: (ord: number) => boolean): number[] {
    const matched: number[] = [];
    for (let ord = 0; ord < this.table.size; ord += 1) {
      if (!allowed(ord)) continue;
      this.scores[ord] = 0;
      matched.push(ord);
    }
    return matched;
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
  }
}
