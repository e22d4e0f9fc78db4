import { stat } from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a regular file inside the built renderer, or null.
 * The path is percent-decoded before it is resolved, so an encoded `..%2f`
 * is caught by the same containment check as a literal one.
 */
export async function resolveRendererFile(rootDir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = path.resolve(rootDir);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  // Source maps carry the whole source; the build emits none, and one left in the folder is not served either
  // (nor through the trailing dots, spaces or stream name Windows would ignore).
  if (/\.map[.\s]*(::\$data)?$/i.test(file)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The renderer's index.html carries an empty token meta tag (`<meta name="quire-token" content="">`); the running server fills it in. */
const TOKEN_PLACEHOLDER = /<meta\s+name="quire-token"\s+content=""\s*\/?>/;

export function hasTokenPlaceholder(html: string): boolean {
  return TOKEN_PLACEHOLDER.test(html);
}

export function injectToken(html: string, token: string): string {
  return html.replace(TOKEN_PLACEHOLDER, `<meta name="quire-token" content="${token}">`);
}
