/** Bytes as a server in a legacy charset sends them, for the clipper's charset tests. */

/**
 * An encoder for a single-byte charset (windows-1251, KOI8-R, windows-1252...),
 * built from the standard decoder's own table, so the bytes are exactly what a
 * page saved in that charset holds. Throws on a character the charset lacks.
 */
export function encoderFor(charset: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return (text) =>
    Uint8Array.from([...text].map((ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${charset} cannot encode ${ch}`);
      return byte;
    }));
}
