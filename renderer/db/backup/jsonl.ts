const NEWLINE = 0x0a;

/** Encodes records one per line, straight to bytes: a 50k-clip library would not fit in one string. */
export function encodeJsonLines(records: readonly unknown[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks = records.map((record) => encoder.encode(JSON.stringify(record) + '\n'));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Splits bytes into decoded lines (1-based line numbers), without decoding the whole file at once. Invalid UTF-8 throws. */
export function* decodeJsonLines(bytes: Uint8Array, maxLineBytes: number): Generator<{ line: number; text: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    line += 1;
    if (end - start > maxLineBytes) throw new RangeError(`line ${line} is longer than ${maxLineBytes} bytes`);
    const text = decoder.decode(bytes.subarray(start, end));
    if (text.trim() !== '') yield { line, text };
    start = end + 1;
  }
}
