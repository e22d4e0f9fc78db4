/**
 * Images inlined in a page as data: URLs. The sanitizer keeps raster ones, but
 * the reader shows only stored assets, so they are decoded and stored like any
 * downloaded image. An asset names its source by URL; a data: URL can be
 * megabytes long, so the asset (and the reader looking it up) names it by a
 * short key made from the whole URL instead.
 */

/** The most a data: image may decode to; the same order as a downloaded page (PAGE_FETCH_LIMITS). */
export const DATA_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

const DATA_URL = /^data:([a-z0-9.+/-]*)((?:;[a-z0-9-]+=[^;,]*)*)(;base64)?,(.*)$/is;

export type DecodedDataImage = { ok: true; declaredType: string; bytes: Uint8Array } | { ok: false; error: string };

export function isDataUrl(src: string): boolean {
  return /^data:/i.test(src);
}

/** Decodes a data: URL's bytes, refusing one that is malformed or larger than the limit before decoding it. */
export function decodeDataImage(src: string, maxBytes = DATA_IMAGE_MAX_BYTES): DecodedDataImage {
  const match = DATA_URL.exec(src.trim());
  if (!match) return { ok: false, error: 'The inline image is not a valid data: URL.' };
  const [, type = '', , base64, payload = ''] = match;
  const body = base64 ? payload.replace(/\s+/g, '') : payload;
  const estimate = base64 ? Math.floor((body.length * 3) / 4) : body.length;
  if (estimate > maxBytes) return { ok: false, error: `The inline image is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.` };
  const bytes = base64 ? decodeBase64(body) : new TextEncoder().encode(safeDecodeUri(body) ?? '');
  if (!bytes) return { ok: false, error: 'The inline image’s data is not valid base64.' };
  return { ok: true, declaredType: type.toLowerCase(), bytes };
}

/** The key an asset made from a data: URL is stored under (its `sourceUrl`): type, length and a hash of the whole URL. */
export function dataImageKey(src: string): string {
  const type = /^data:([^;,]*)/i.exec(src)?.[1]?.toLowerCase() || 'unknown';
  return `data:${type};length=${src.length};hash=${hash53(src).toString(16)}`;
}

/** What names an image's stored asset: its URL, or for a data: URL its key. */
export function imageSourceKey(src: string): string {
  return isDataUrl(src) ? dataImageKey(src) : src;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, i) => [char, i]));

function decodeBase64(text: string): Uint8Array | null {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of body) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function safeDecodeUri(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** cyrb53: a fast 53-bit string hash. Not cryptographic: a clash only mixes up two images of the same page. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
