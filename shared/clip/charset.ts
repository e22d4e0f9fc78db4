/**
 * Bytes to text with the right charset, as a browser would pick it: a page in
 * windows-1251 or KOI8-R must read as Russian, not mojibake.
 */

/** Where the charset came from; 'guessed': nothing declared it and the bytes are not UTF-8, so it was judged from the text. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8-valid' | 'default' | 'guessed';
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
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!mostlyBroken(text)) return { text, charset: 'utf-8', source: 'default' };
  const guessed = guessLegacyCharset(bytes);
  return { text: new TextDecoder(guessed).decode(bytes), charset: guessed, source: 'guessed' };
}

/**
 * True when UTF-8 decoding replaced a good share of the non-ASCII characters:
 * legacy single-byte text, not UTF-8 with a damaged byte or two (which stays UTF-8).
 */
function mostlyBroken(text: string): boolean {
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii += 1;
    if (code === 0xfffd) replaced += 1;
  }
  return replaced > 0 && replaced >= nonAscii * 0.2;
}

/** The legacy charsets an undeclared page is tried in: Cyrillic in both its common web encodings, and Western European. */
export const LEGACY_CHARSET_NAMES: Record<string, string> = {
  'windows-1251': 'Cyrillic (windows-1251)',
  'koi8-r': 'Cyrillic (KOI8-R)',
  'windows-1252': 'Western European (windows-1252)',
};
const LEGACY_CANDIDATES = Object.keys(LEGACY_CHARSET_NAMES);
const GUESS_BYTES = 64 * 1024;
const WORD = /\p{L}+/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
/** A Cyrillic word as written: lower case, perhaps with a capital first (a wrong Cyrillic charset scrambles the case). */
const RUSSIAN_WORD = /^\p{Script=Cyrillic}?[а-яёіїєґўђјљњћџ]+$/u;
/** A Western European word: Latin letters, the accented ones among plain ones ("déjà", "über"), or a lone "à". */
const WESTERN_WORD = /^(?=.*[A-Za-z])\p{Script=Latin}+$|^\p{Script=Latin}$/u;

/**
 * Which legacy charset undeclared, non-UTF-8 bytes are in, judged by the words
 * each reading gives: the share of words with non-ASCII letters that look like
 * real words of the charset's language. windows-1252 when nothing decides.
 */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, GUESS_BYTES);
  let best: string = 'windows-1252';
  let bestScore = 0;
  for (const charset of LEGACY_CANDIDATES) {
    const shape = charset === 'windows-1252' ? WESTERN_WORD : RUSSIAN_WORD;
    let words = 0;
    let plausible = 0;
    for (const [word] of new TextDecoder(charset).decode(sample).matchAll(WORD)) {
      if (!NON_ASCII.test(word)) continue;
      words += 1;
      if (shape.test(word)) plausible += 1;
    }
    const score = words === 0 ? 0 : plausible / words;
    if (score > bestScore) {
      best = charset;
      bestScore = score;
    }
  }
  return best;
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
