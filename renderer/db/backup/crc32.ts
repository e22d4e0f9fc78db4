/** CRC-32 (the zip format's, polynomial 0xEDB88320), computed as the bytes stream in. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The running state before any byte; pass it to {@link crc32Update}, and the last state to {@link crc32Final}. */
export const CRC32_START = 0xffffffff;

export function crc32Update(state: number, bytes: Uint8Array): number {
  let c = state;
  for (let i = 0; i < bytes.length; i += 1) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

export function crc32Final(state: number): number {
  return (state ^ 0xffffffff) >>> 0;
}

export const crc32 = (bytes: Uint8Array): number => crc32Final(crc32Update(CRC32_START, bytes));
