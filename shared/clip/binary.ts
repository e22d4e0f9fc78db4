/**
 * Is this a web page or text at all? Judged over the whole body, sampled: a short
 * text head followed by an image or an archive must not pass for text because
 * its first kilobyte does (it would become a "clip" of garbage "words").
 */

const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
];

/** Bytes up to this size are read whole; above it, WINDOWS windows of WINDOW bytes spread from the first byte to the last. */
const WINDOW = 2048;
const WINDOWS = 64;
/**
 * Text holds practically no control characters; random or compressed bytes hold
 * about 11% (29 of 256 values). A window past this share is not text.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * A control character no text uses: C0 controls except tab, line feed, form feed,
 * carriage return and escape (ISO-2022-JP text switches its character sets with
 * ESC), and DEL. NUL counts.
 */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b) || code === 0x7f;
}

/** Start offsets of the windows to read, evenly spread over `length` units, the last one ending at the end. */
export function sampleWindows(length: number): number[] {
  if (length <= WINDOW * WINDOWS) return Array.from({ length: Math.ceil(length / WINDOW) }, (_, i) => i * WINDOW);
  const step = (length - WINDOW) / (WINDOWS - 1);
  return Array.from({ length: WINDOWS }, (_, i) => Math.round(i * step));
}

function anyWindowIsBinary(length: number, codeAt: (index: number) => number): boolean {
  for (const start of sampleWindows(length)) {
    const end = Math.min(start + WINDOW, length);
    let controls = 0;
    for (let i = start; i < end; i += 1) if (isControl(codeAt(i))) controls += 1;
    if (controls > (end - start) * MAX_CONTROL_SHARE) return true;
  }
  return false;
}

/** True for bytes that are clearly not text: a known binary signature, or control bytes anywhere in the body (outside UTF-16). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  return anyWindowIsBinary(bytes.length, (i) => bytes[i]!);
}

/** The same judgment for text already decoded (pasted, or a .txt file): binary read as text keeps its control characters. */
export function looksBinaryText(text: string): boolean {
  return anyWindowIsBinary(text.length, (i) => text.charCodeAt(i));
}
