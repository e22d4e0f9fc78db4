/**
 * Posting lists as compact bytes: for each document, in increasing ordinal
 * order, varint(ordinal delta), one byte of field bits, then varint(tf) for each
 * field present. A list grows by appending only (new and updated documents get
 * new, larger ordinals), so updates never rewrite a list.
 */
export const FIELD_COUNT = 4;

export function fieldTf(packed: number, field: number): number {
  return (packed >>> (8 * field)) & 255;
}

/** Adds one occurrence in `field` to a packed value, saturating at 255. */
export function bumpTf(packed: number, field: number): number {
  return fieldTf(packed, field) === 255 ? packed : packed + (1 << (8 * field));
}

export class PostingWriter {
  bytes: Uint8Array;
  length = 0;
  last = 0;
  count = 0;

  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Adds a posting, its four field frequencies packed one byte each (see bumpTf). */
  appendPacked(ord: number, packed: number): void {
    this.ensure(6 + FIELD_COUNT * 5);
    this.varint(this.count === 0 ? ord : ord - this.last);
    let mask = 0;
    for (let f = 0; f < FIELD_COUNT; f += 1) if ((packed >>> (8 * f)) & 255) mask |= 1 << f;
    this.bytes[this.length++] = mask;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const tf = (packed >>> (8 * f)) & 255;
      if (tf > 0) this.varint(tf);
    }
    this.last = ord;
    this.count += 1;
  }

  /** Starts another list after the bytes written so far (its first ordinal is written whole). */
  startList(): void {
    this.count = 0;
    this.last = 0;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private varint(value: number): void {
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** A posting list decoded into flat arrays: ordinals and their packed field frequencies (see bumpTf). */
export type PostingList = { ords: Int32Array; packed: Uint32Array; length: number };

/** Decodes `bytes` onto the end of `list`, growing it when needed; returns the list (a new one if grown). */
export function decodePostings(bytes: Uint8Array, length: number, list: PostingList): PostingList {
  let { ords, packed } = list;
  let n = list.length;
  let i = 0;
  let ord = 0;
  let first = true;
  while (i < length) {
    if (n === ords.length) {
      const grownOrds = new Int32Array(Math.max(16, n * 2));
      const grownPacked = new Uint32Array(grownOrds.length);
      grownOrds.set(ords);
      grownPacked.set(packed);
      ords = grownOrds;
      packed = grownPacked;
    }
    // Shifts rather than powers of two (a third faster): ordinals and frequencies stay far below 2^31.
    let byte = bytes[i++]!;
    let delta = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[i++]!;
      delta |= (byte & 0x7f) << shift;
    }
    ord = first ? delta : ord + delta;
    first = false;
    const mask = bytes[i++]!;
    let tfs = 0;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      if (!(mask & (1 << f))) continue;
      byte = bytes[i++]!;
      let tf = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = bytes[i++]!;
        tf |= (byte & 0x7f) << shift;
      }
      tfs |= Math.min(255, tf) << (8 * f);
    }
    ords[n] = ord;
    packed[n] = tfs >>> 0;
    n += 1;
  }
  return { ords, packed, length: n };
}
