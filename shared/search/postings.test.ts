import { describe, expect, it } from 'vitest';
import { bumpTf, decodePostings, fieldTf, PostingWriter } from './postings';

describe('posting lists', () => {
  it('decode what was written: large ordinals and gaps, multi-byte frequencies, every field mix', () => {
    const writer = new PostingWriter(4);
    const postings: [number, number][] = [];
    // The first ordinal is written whole: past 2^28 it takes five varint bytes, as a library grown for years may need.
    let ord = 2 ** 30 - 1;
    for (let n = 0; n < 500; n += 1) {
      ord += n === 0 ? 0 : n % 7 === 0 ? 3_000_000 + n : 1 + (n % 130);
      const tfs = [(n * 37) % 256, n % 3 === 0 ? 0 : 200, n % 5, n % 2 ? 255 : 1];
      const packed = tfs.reduce((sum, tf, field) => sum + tf * 2 ** (8 * field), 0) >>> 0;
      postings.push([ord, packed]);
      writer.appendPacked(ord, packed);
    }
    const bytes = writer.finish();
    const list = decodePostings(bytes, bytes.length, { ords: new Int32Array(16), packed: new Uint32Array(16), length: 0 });
    expect(list.length).toBe(500);
    expect(Array.from(list.ords.subarray(0, list.length))).toEqual(postings.map(([o]) => o));
    expect(Array.from(list.packed.subarray(0, list.length))).toEqual(postings.map(([, p]) => p));
    expect(ord).toBeLessThan(2 ** 31);
  });

  it('appends a second run (a term’s tail after its base) onto the decoded list', () => {
    const base = new PostingWriter();
    base.appendPacked(3, bumpTf(0, 0));
    base.appendPacked(9, bumpTf(bumpTf(0, 2), 2));
    const tail = new PostingWriter();
    tail.appendPacked(40_000, bumpTf(0, 3));
    const first = decodePostings(base.finish(), base.length, { ords: new Int32Array(1), packed: new Uint32Array(1), length: 0 });
    const both = decodePostings(tail.finish(), tail.length, first);
    expect(Array.from(both.ords.subarray(0, both.length))).toEqual([3, 9, 40_000]);
    expect([fieldTf(both.packed[1]!, 2), fieldTf(both.packed[2]!, 3)]).toEqual([2, 1]);
  });
});
