import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';

/** A real page from ../shared/fixtures/pages, served on 127.0.0.1 like a news site would serve it. */
export type FixtureSite = { url: (path: string) => string; requests: string[]; close: () => Promise<void> };

const fixtures = new URL('../../../shared/fixtures/pages/', import.meta.url);

export function readFixturePage(name: string): string {
  return readFileSync(new URL(`${name}/source.html`, fixtures), 'utf8');
}

/**
 * The fixture's images point at their original hosts, which this machine cannot
 * reach; the site serves them itself (as a CDN would), so a clip has real images
 * to download.
 */
export function localiseImages(html: string, origin: string): string {
  let n = 0;
  return html.replace(/(<img\b[^>]*?\ssrc=")(?:https?:)?\/\/[^"]+"/gi, (_m, start: string) => `${start}${origin}/img/${n++}.png"`);
}

/** Each path answers its body with `status` (200 when unset); the map is read on every request, so a test may change it. */
export async function serveFixtureSite(pages: Record<string, { body: string | Buffer; type: string; status?: number }>): Promise<FixtureSite> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const page = pages[req.url ?? ''];
    if (page) {
      res.writeHead(page.status ?? 200, { 'Content-Type': page.type });
      res.end(page.body);
    } else if (req.url?.startsWith('/img/')) {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(solidPng(24, 16));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A valid PNG of one colour, so the reader has a real image to decode. */
export function solidPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
