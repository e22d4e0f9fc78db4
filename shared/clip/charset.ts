/**
 * Bytes to text with the right charset, as a browser would pick it: a page in
 * windows-1251 or KOI8-R must read as Russian, not mojibake.
 */

export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8-valid' | 'default';
export type DecodedPage = { text: string; charset: string; source: CharsetSource };

const SNIFF_BYTES = 4096;

/** The TextDecoder name for a label ("cp1251", "koi8-r"...), or null when no runtime knows it. */
export function charsetFromLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

export function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/;

/** The charset a `<meta charset>`, `<meta http-equiv content="...; charset=">` or XML declaration names early in the page. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // Markup is ASCII in every charset a web page can declare this way, so any single-byte view finds it.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  const charset = charsetFromLabel(label);
  // A page that says UTF-16 in ASCII bytes cannot be UTF-16: the HTML standard reads it as UTF-8.
  if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
  return charset;
}

/**
 * Decodes page bytes. The BOM wins over the HTTP header (as in the HTML
 * standard: it is evidence in the bytes themselves), the header over `<meta>`,
 * and UTF-8 is the default.
 */
export function decodePage(bytes: Uint8Array, declared: string | null = null): DecodedPage {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, source: 'bom' };
  const header = charsetFromLabel(declared);
  const meta = header ? null : sniffMetaCharset(bytes);
  const named = header ?? meta;
  if (named && named !== 'utf-8') {
    // Pages re-saved as UTF-8 keep their old declaration. Legacy text with non-ASCII
    // bytes is practically never valid UTF-8 (Cyrillic in windows-1251 or KOI8-R never is), so valid UTF-8 wins.
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null && hasNonAscii(bytes)) return { text: utf8, charset: 'utf-8', source: 'utf-8-valid' };
  }
  if (header) return { text: new TextDecoder(header).decode(bytes), charset: header, source: 'header' };
  if (meta) return { text: new TextDecoder(meta).decode(bytes), charset: meta, source: 'meta' };
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: 'default' };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
];

/** True for bytes that are clearly not text: a known binary signature, or NUL bytes early on (outside UTF-16). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const bom = sniffBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  const head = bytes.subarray(0, 1024);
  return head.includes(0);
}
