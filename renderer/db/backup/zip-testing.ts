/**
 * Zip surgery for the backup tests: where an entry's bytes lie, a flipped bit in them, a
 * size that lies. It reads the zip by hand, independently of the reader under test.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';

export type EntrySpan = { name: string; central: number; local: number; dataStart: number; packedSize: number; method: number };

/** Every entry of a zip, from its central directory, in order. */
export function entrySpans(bytes: Uint8Array): EntrySpan[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const spans: EntrySpan[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    spans.push({
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)),
      central: at,
      local,
      dataStart: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
      packedSize: view.getUint32(at + 20, true),
      method: view.getUint16(at + 10, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return spans;
}

export function spanOf(bytes: Uint8Array, name: string | RegExp): EntrySpan {
  const span = entrySpans(bytes).find((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)));
  if (!span) throw new Error(`no entry ${String(name)}`);
  return span;
}

/** A copy with one bit flipped, `at` bytes into the entry's packed data. */
export function flipBit(bytes: Uint8Array, name: string | RegExp, at: number, bit = 0): Uint8Array {
  const span = spanOf(bytes, name);
  const out = bytes.slice();
  out[span.dataStart + (at % span.packedSize)]! ^= 1 << bit;
  return out;
}

/** A copy whose central directory and local header both declare `size` as the entry's unpacked size: a consistent liar. */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const span = spanOf(bytes, name);
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  view.setUint32(span.central + 24, size, true);
  view.setUint32(span.local + 22, size, true);
  return out;
}

/** A copy of a zip with `name` holding `content`, deflated at `level` (9 packs a run of one byte about 1,000 to 1). */
export function withEntry(bytes: Uint8Array, name: string, content: Uint8Array, level: 0 | 1 | 9 = 1): Uint8Array {
  const files = unzipSync(bytes);
  return zipSync({ ...files, [name]: [content, { level }] }, { level: 1 });
}

/** `length` bytes of newlines: at level 9 they pack about 1,000 to 1, as a zip bomb's do. */
export const bombContent = (length: number): Uint8Array => new Uint8Array(length).fill(0x0a);
