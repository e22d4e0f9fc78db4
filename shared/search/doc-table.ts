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

/** The year of a day number (days since 1970-01-01), by Hinnant's civil-from-days: restores run it 50,000 times. */
function yearOf(day: number): number {
  if (day === NO_DAY) return 0;
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const month = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (month >= 10 ? 1 : 0);
}

/** Shared by every document that names no treaty (most of them). */
const NO_TREATIES: readonly number[] = Object.freeze([]);

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
  /** Typed arrays with room to grow; entries at `size` and beyond are unused. */
  types: Uint8Array = new Uint8Array(0);
  days: Int32Array = new Int32Array(0);
  /** Year of each document's date (0 when undated), for facets. */
  years: Uint16Array = new Uint16Array(0);
  lens: Uint32Array = new Uint32Array(0);
  versions: Float64Array = new Float64Array(0);
  speakers: Int32Array = new Int32Array(0);
  treaties: (readonly number[])[] = [];
  readonly lenSums = new Array<number>(FIELD_COUNT).fill(0);
  aliveCount = 0;
  readonly entityIds: string[] = [];
  readonly entityNames: string[] = [];
  /** Built on first use: a restart's first query never needs it. */
  private ordById: Map<string, number> | null = new Map();
  private readonly entityIndex = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  ordOf(id: string): number | undefined {
    return this.idMap().get(id);
  }

  isAlive(ord: number): boolean {
    return this.ids[ord] !== '';
  }

  push(doc: SearchDoc, day: number | null, fieldLengths: number[]): number {
    const ord = this.ids.length;
    this.reserve(ord + 1);
    this.ids.push(doc.id);
    this.types[ord] = DOC_TYPES.indexOf(doc.type);
    this.days[ord] = day ?? NO_DAY;
    this.years[ord] = yearOf(day ?? NO_DAY);
    this.versions[ord] = doc.version;
    this.speakers[ord] = doc.speaker ? this.entity(doc.speaker.id, doc.speaker.name) : -1;
    this.treaties.push(doc.treaties.length === 0 ? NO_TREATIES : doc.treaties.map((t) => this.entity(t.id, t.name)));
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      this.lens[ord * FIELD_COUNT + f] = fieldLengths[f]!;
      this.lenSums[f]! += fieldLengths[f]!;
    }
    this.idMap().set(doc.id, ord);
    this.aliveCount += 1;
    return ord;
  }

  remove(ord: number): void {
    if (!this.isAlive(ord)) return;
    this.idMap().delete(this.ids[ord]!);
    this.ids[ord] = '';
    for (let f = 0; f < FIELD_COUNT; f += 1) this.lenSums[f]! -= this.lens[ord * FIELD_COUNT + f]!;
    this.aliveCount -= 1;
  }

  typeOf(ord: number): DocType {
    return DOC_TYPES[this.types[ord]!]!;
  }

  private idMap(): Map<string, number> {
    if (this.ordById) return this.ordById;
    const map = new Map<string, number>();
    this.ids.forEach((id, ord) => { if (id !== '') map.set(id, ord); });
    this.ordById = map;
    return map;
  }

  /** Grows the typed arrays (doubling) so `count` documents fit. */
  private reserve(count: number): void {
    if (this.types.length >= count) return;
    const capacity = Math.max(1024, count * 2);
    const grow = <T extends Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array>(old: T, make: new (n: number) => T, per = 1): T => {
      const next = new make(capacity * per);
      next.set(old);
      return next;
    };
    this.types = grow(this.types, Uint8Array);
    this.days = grow(this.days, Int32Array);
    this.years = grow(this.years, Uint16Array);
    this.lens = grow(this.lens, Uint32Array, FIELD_COUNT);
    this.versions = grow(this.versions, Float64Array);
    this.speakers = grow(this.speakers, Int32Array);
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
    const size = this.size;
    const treatyOffsets = new Uint32Array(size + 1);
    this.treaties.forEach((list, ord) => { treatyOffsets[ord + 1] = treatyOffsets[ord]! + list.length; });
    return {
      ids: this.ids.join('\n'),
      types: this.types.slice(0, size),
      days: this.days.slice(0, size),
      lens: this.lens.slice(0, size * FIELD_COUNT),
      versions: this.versions.slice(0, size),
      speakers: this.speakers.slice(0, size),
      treatyOffsets,
      treatyValues: Int32Array.from(this.treaties.flat()),
      entityIds: this.entityIds.join('\n'),
      entityNames: [...this.entityNames],
    };
  }

  static restore(snapshot: DocTableSnapshot): DocTable {
    const table = new DocTable();
    table.ids = snapshot.ids === '' ? [] : snapshot.ids.split('\n');
    const size = table.ids.length;
    // The snapshot's typed arrays are used as they are (Array.from over 200,000 lengths cost 100 ms).
    table.types = snapshot.types;
    table.days = snapshot.days;
    table.lens = snapshot.lens;
    table.versions = snapshot.versions;
    table.speakers = snapshot.speakers;
    table.years = new Uint16Array(size);
    for (let ord = 0; ord < size; ord += 1) table.years[ord] = yearOf(table.days[ord]!);
    const { treatyOffsets, treatyValues } = snapshot;
    table.treaties = new Array<readonly number[]>(size);
    for (let ord = 0; ord < size; ord += 1) {
      const start = treatyOffsets[ord]!;
      const end = treatyOffsets[ord + 1]!;
      if (start === end) { table.treaties[ord] = NO_TREATIES; continue; }
      const list: number[] = [];
      for (let i = start; i < end; i += 1) list.push(treatyValues[i]!);
      table.treaties[ord] = list;
    }
    const entityIds = snapshot.entityIds === '' ? [] : snapshot.entityIds.split('\n');
    entityIds.forEach((id, index) => {
      table.entityIds.push(id);
      table.entityNames.push(snapshot.entityNames[index]!);
      table.entityIndex.set(id, index);
    });
    table.ordById = null;
    for (let ord = 0; ord < size; ord += 1) {
      if (table.ids[ord] === '') continue;
      table.aliveCount += 1;
      for (let f = 0; f < FIELD_COUNT; f += 1) table.lenSums[f]! += table.lens[ord * FIELD_COUNT + f]!;
    }
    return table;
  }
}
