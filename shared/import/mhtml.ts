/**
 * MHTML (a page saved by a browser as one .mhtml file): a MIME multipart/related
 * message whose first text/html part is the page and whose other parts are its
 * images and styles. We need the page (with its charset) and the images.
 */
import { webUrlOrEmpty } from '../clip/web-url';

export type MhtmlPart = { contentType: string; charset: string | null; location: string; bytes: Uint8Array };
/** `url` is the page's address as the file names it: not checked, it can be anything (`javascript:` say). */
export type MhtmlPage = { html: MhtmlPart; url: string; resources: MhtmlPart[] };

/** Each byte as one char (true ISO-8859-1: TextDecoder's 'latin1' is windows-1252 and would remap 0x80-0x9F). */
function bytesAsChars(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

export class MhtmlError extends Error {
  override readonly name = 'MhtmlError';
}

/** Headers end at the first blank line; folded header lines continue with whitespace. */
function splitHeaders(block: string): { headers: Map<string, string>; body: string } {
  const end = block.search(/\r?\n\r?\n/);
  const head = end === -1 ? block : block.slice(0, end);
  const body = end === -1 ? '' : block.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string, name: string): string | null {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const ch = joined.charCodeAt(i);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(ch & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const ch of clean) {
    acc = (acc << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, j);
}

function decodeBody(body: string, encoding: string): Uint8Array {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return decodeBase64(body);
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
  }
}

/** Parses an .mhtml file's bytes; throws {@link MhtmlError} with a readable message when it is not one. */
export function parseMhtml(bytes: Uint8Array): MhtmlPage {
  // MIME is 7-bit/8-bit text framing; one char per byte lets 8bit bodies survive intact.
  const text = bytesAsChars(bytes);
  const { headers, body } = splitHeaders(text);
  const contentType = headers.get('content-type') ?? '';
  const boundary = param(contentType, 'boundary');
  if (!/multipart\/related/i.test(contentType) || !boundary) {
    throw new MhtmlError('This .mhtml file is not a saved web page (no multipart/related content).');
  }
  const parts: MhtmlPart[] = [];
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = splitHeaders(chunk.replace(/^\r?\n/, ''));
    const type = part.headers.get('content-type') ?? 'application/octet-stream';
    parts.push({
      contentType: type.split(';')[0]!.trim().toLowerCase(),
      charset: param(type, 'charset')?.toLowerCase() ?? null,
      location: part.headers.get('content-location') ?? '',
      bytes: decodeBody(part.body.replace(/\r?\n$/, ''), part.headers.get('content-transfer-encoding') ?? '8bit'),
    });
  }
  const html = parts.find((part) => part.contentType === 'text/html');
  if (!html) throw new MhtmlError('This .mhtml file has no web page in it.');
  const snapshot = headers.get('snapshot-content-location');
  return {
    html,
    // A web address wherever the file gives one; else what it names, which the clipper refuses with a warning.
    url: webUrlOrEmpty(snapshot) || webUrlOrEmpty(html.location) || (snapshot ?? html.location),
    resources: parts.filter((part) => part !== html),
  };
}
