/**
 * Per-document facts the ranking and facets need, by ordinal, in flat arrays:
 * ids, type, date, field lengths, version, speaker and treaties. Ordinals are
 * never reused; a removed document leaves an empty id behind until a rebuild.
 */
import { DOC_TYPES } from './query';
import type { DocType } from './query';
import { FIELD_COUNT } from './postings';
import type { SearchDoc } from './types';

export const NO_DAY = -2_147_483_648;

function yearOf(day: number): number {
  return day === NO_DAY ? 0 : new Date(day * 86_400_000).getUTCFullYear();
}

export type DocTableSnapshot = {
  ids: string;
  types: Uint8Array;
  days: Int32Array;
  lens: Uint32Array;
  versions: Float64Array;
  speakers: Int32Array;
  treatyOffsets: Uint32Array;
  treatyValues: Int32Array;
  entityIds: string;
  entityNames: string[];
};

export class DocTable {
  ids: string[] = [];
  types: number[] = [];
  days: number[] = [];
  /** Year of each document's date (0 when undated), for facets. */
  years: number[] = [];
  lens: number[] = [];
  versions: number[] = [];
  speakers: number[] = [];
  treaties: number[][] = [];
  readonly lenSums = new Array<number>(FIELD_COUNT).fill(0);
  aliveCount = 0;
  readonly entityIds: string[] = [];
  readonly entityNames: string[] = [];
  private readonly ordById = new Map<string, number>();
  private readonly entityIndex = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  ordOf(id: string): number | undefined {
    return this.ordById.get(id);
  }

  isAlive(ord: number): boolean {
    return this.ids[ord] !== '';
  }

  push(doc: SearchDoc, day: number | null, fieldLengths: number[]): number {
    const ord = this.ids.length;
    this.ids.push(doc.id);
    this.types.push(DOC_TYPES.indexOf(doc.type));
    this.days.push(day ?? NO_DAY);
    this.years.push(yearOf(day ?? NO_DAY));
    this.versions.push(doc.version);
    this.speakers.push(doc.speaker ? this.entity(doc.speaker.id, doc.speaker.name) : -1);
    this.treaties.push(doc.treaties.map((t) => this.entity(t.id, t.name)));
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      this.lens.push(fieldLengths[f]!);
      this.lenSums[f]! += fieldLengths[f]!;
    }
    this.ordById.set(doc.id, ord);
    this.aliveCount += 1;
    return ord;
  }

  remove(ord: number): void {
    if (!this.isAlive(ord)) return;
    this.ordById.delete(this.ids[ord]!);
    this.ids[ord] = '';
    for (let f = 0; f < FIELD_COUNT; f += 1) this.lenSums[f]! -= this.lens[ord * FIELD_COUNT + f]!;
    this.aliveCount -= 1;
  }

  typeOf(ord: number): DocType {
    return DOC_TYPES[this.types[ord]!]!;
  }

  private entity(id: string, name: string): number {
    let index = this.entityIndex.get(id);
    if (index === undefined) {
      index = this.entityIds.length;
      this.entityIds.push(id);
      this.entityNames.push(name);
      this.entityIndex.set(id, index);
    }
    this.entityNames[index] = name;
    return index;
  }

  snapshot(): DocTableSnapshot {
    const treatyOffsets = new Uint32Array(this.size + 1);
    this.treaties.forEach((list, ord) => { treatyOffsets[ord + 1] = treatyOffsets[ord]! + list.length; });
    return {
      ids: this.ids.join('\n'),
      types: Uint8Array.from(this.types),
      days: Int32Array.from(this.days),
      lens: Uint32Array.from(this.lens),
      versions: Float64Array.from(this.versions),
      speakers: Int32Array.from(this.speakers),
      treatyOffsets,
      treatyValues: Int32Array.from(this.treaties.flat()),
      entityIds: this.entityIds.join('\n'),
      entityNames: [...this.entityNames],
    };
  }

  static restore(snapshot: DocTableSnapshot): DocTable {
    const table = new DocTable();
    table.ids = snapshot.ids === '' ? [] : snapshot.ids.split('\n');
    table.types = Array.from(snapshot.types);
    table.days = Array.from(snapshot.days);
    table.years = table.days.map(yearOf);
    table.lens = Array.from(snapshot.lens);
    table.versions = Array.from(snapshot.versions);
    table.speakers = Array.from(snapshot.speakers);
    table.treaties = table.ids.map((_, ord) =>
      Array.from(snapshot.treatyValues.subarray(snapshot.treatyOffsets[ord], snapshot.treatyOffsets[ord + 1])));
    const entityIds = snapshot.entityIds === '' ? [] : snapshot.entityIds.split('\n');
    entityIds.forEach((id, index) => {
      table.entityIds.push(id);
      table.entityNames.push(snapshot.entityNames[index]!);
      table.entityIndex.set(id, index);
    });
    table.ids.forEach((id, ord) => {
      if (id === '') return;
      table.ordById.set(id, ord);
      table.aliveCount += 1;
      for (let f = 0; f < FIELD_COUNT; f += 1) table.lenSums[f]! += table.lens[ord * FIELD_COUNT + f]!;
    });
    return table;
  }
}
