/**
 * What an image's bytes really are. A server's Content-Type, a data: URL's
 * declared type and a backup's record are all claims of whoever made them; the
 * bytes decide, so an HTML page sent as image/png is refused, and a PNG sent as
 * text/html is still a PNG. SVG is recognised by its content: it is the one
 * image type that can carry script, so it is stored only after sanitizing.
 */

export type RasterType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/bmp' | 'image/x-icon';
export type ImageType = RasterType | 'image/svg+xml';

const ascii = (bytes: Uint8Array, at: number, text: string): boolean =>
  text.split('').every((char, i) => bytes[at + i] === char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

/** An ISO BMFF file (ftyp box first) whose major or compatible brands name AVIF. */
function isAvif(bytes: Uint8Array): boolean {
  if (!ascii(bytes, 4, 'ftyp')) return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 64);
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at === 12) continue; // the minor version, not a brand
    if (ascii(bytes, at, 'avif') || ascii(bytes, at, 'avis')) return true;
  }
  return false;
}

/** The raster formats by their magic numbers (the WHATWG MIME Sniffing patterns), or null. */
export function sniffRaster(bytes: Uint8Array): RasterType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'image/gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBPVP')) return 'image/webp';
  if (isAvif(bytes)) return 'image/avif';
  if (ascii(bytes, 0, 'BM') && bytes.length >= 14) return 'image/bmp';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6) return 'image/x-icon';
  return null;
}

/** Before the root element: a BOM, white space, the XML declaration, comments, processing instructions and a doctype. */
const SVG_PROLOGUE = /^\ufeff?(?:\s+|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE\s+svg\b[^>[]*(?:\[[^\]]*\])?\s*>)*<svg[\s/>]/i;

/** SVG by its content: the first element is `<svg`. Looks at the first 4 KiB only. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  return SVG_PROLOGUE.test(head);
}

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  return sniffRaster(bytes) ?? (looksLikeSvg(bytes) ? 'image/svg+xml' : null);
}

/** How a type shows in a message: the claim itself, or that there was none. */
export function describeDeclaredType(type: string): string {
  return type.trim() === '' ? 'no type given' : `sent as ${type.trim().slice(0, 80)}`;
}
