import { Inflate } from 'fflate';
import { CRC32_START, crc32Final, crc32Update } from './crc32';
import { type ZipEntry, ZipRefusal } from './zip-directory';

/** DEFLATE's most bytes out per byte in (a 258-byte match in 2 bits). */
const DEFLATE_MAX_RATIO = 1032;
/** Packed bytes handed to the inflater at a time: at most (a large piece is fast), and at least (each push costs a copy of the 32 KB window). */
const PIECE_BYTES = { max: 64 * 1024, min: 16 * 1024 } as const;
/**
 * How far past its declared size an entry can be inflated before it is stopped: the smallest
 * piece fully packed, with the few bytes of a symbol left from the piece before, or one stored block.
 */
export const MAX_OVERRUN_BYTES = DEFLATE_MAX_RATIO * (PIECE_BYTES.min + 8) + 0xffff;

/** Counts what the inflater produces, for the tests that check a bomb is stopped. */
export type InflateObserver = (entry: string, bytes: number) => void;

const damaged = (entry: ZipEntry, why: string) => new ZipRefusal(`${entry.name} is damaged (${why})`);

/**
 * Inflates one entry as a stream into a buffer of its declared size, checking its CRC-32 as
 * the bytes come. It stops at the first chunk past the declared size: the pieces fed in shrink
 * as the room left does, so even a maximally packed piece cannot run far past it (by at most
 * {@link MAX_OVERRUN_BYTES}). A stream that ends short, runs long or fails to decode is damaged.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, observe?: InflateObserver): Uint8Array {
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
  if (entry.method === 0) {
    observe?.(entry.name, packed.length);
    if (crc32Final(crc32Update(CRC32_START, packed)) !== entry.crc) throw damaged(entry, 'checksum mismatch');
    return packed;
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  let crc = CRC32_START;
  const inflater = new Inflate((chunk) => {
    observe?.(entry.name, chunk.length);
    if (written + chunk.length > out.length) throw damaged(entry, `it unpacks to more than the ${entry.size} bytes it declares`);
    out.set(chunk, written);
    written += chunk.length;
    crc = crc32Update(crc, chunk);
  });
  try {
    if (packed.length === 0) throw damaged(entry, 'it is empty');
    for (let at = 0; at < packed.length; ) {
      const room = out.length - written;
      const end = Math.min(packed.length, at + Math.min(PIECE_BYTES.max, Math.max(PIECE_BYTES.min, Math.floor(room / DEFLATE_MAX_RATIO))));
      inflater.push(packed.subarray(at, end), end === packed.length);
      at = end;
    }
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    throw damaged(entry, `it does not unpack: ${(error as Error).message}`);
  }
  if (written !== out.length) throw damaged(entry, `it unpacks to ${written} bytes, not the ${entry.size} it declares`);
  if (crc32Final(crc) !== entry.crc) throw damaged(entry, 'checksum mismatch');
  return out;
}
