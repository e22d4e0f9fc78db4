import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellError } from '../../shared/shell';
import type { ShellErrorCode } from '../../shared/shell';
import { fetchPage } from './page-fetch';
import type { PageFetchDeps } from './page-fetch';

const article = readFileSync(new URL('../../../shared/fixtures/pages/bbc-1/source.html', import.meta.url));
// "Привет, мир" in windows-1251, as a Russian site would send it.
const cp1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
// Generous for every test but the timeout ones, so a loaded machine never fails a fetch that should work.
const limits = { timeoutMs: 10_000, maxBytes: 64 * 1024, maxRedirects: 5 };
const quickTimeout = { limits: { ...limits, timeoutMs: 300 } };
const seenHeaders: Record<string, IncomingMessage['headers']> = {};

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Route> = {
  '/article': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' }).end(article),
  '/russian': (_req, res) => res.writeHead(200, { 'Content-Type': 'Text/HTML;Charset="Windows-1251"' }).end(cp1251),
  '/no-type': (_req, res) => res.end('bare'),
  '/image': (_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(png),
  '/missing': (_req, res) => res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>'),
  '/hop/1': (_req, res) => res.writeHead(301, { Location: '/hop/2' }).end(),
  '/hop/2': (_req, res) => res.writeHead(302, { Location: `${base}/article` }).end(),
  '/loop/a': (_req, res) => res.writeHead(302, { Location: '/loop/b' }).end(),
  '/loop/b': (_req, res) => res.writeHead(307, { Location: '/loop/a' }).end(),
  '/to-file': (_req, res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
  '/silent': () => undefined,
  '/stall-body': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).write('<p>half'),
  '/huge-declared': (_req, res) => res.writeHead(200, { 'Content-Length': String(limits.maxBytes + 1) }).end(),
  '/huge-chunked': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    for (let i = 0; i < 20; i++) res.write(Buffer.alloc(8 * 1024, 0x61));
    res.end();
  },
  '/gzip-bomb': (_req, res) => {
    const body = gzipSync(Buffer.alloc(limits.maxBytes * 4, 0x61));
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
  },
  '/gzip-small': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }).end(gzipSync('squeezed'));
  },
};
for (let i = 0; i < 6; i++) {
  routes[`/chain/${i}`] = (_req, res) => res.writeHead(302, { Location: `/chain/${i + 1}` }).end();
}
routes['/chain/6'] = routes['/article']!;
for (let i = 0; i < 5; i++) {
  routes[`/five/${i}`] = (_req, res) => res.writeHead(303, { Location: i === 4 ? '/article' : `/five/${i + 1}` }).end();
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    seenHeaders[req.url ?? ''] = req.headers;
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else res.writeHead(500).end('no such route in the test server');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// The test server is on 127.0.0.1, which the fetcher refuses unless told, test-only, that it plays a public site.
const deps = (): PageFetchDeps => ({ limits, testOnlyAllowedEndpoints: [new URL(base).host] });
const get = (path: string, extra: PageFetchDeps = {}) => fetchPage({ url: base + path }, { ...deps(), ...extra });

async function failureOf(promise: Promise<unknown>): Promise<{ code: ShellErrorCode; message: string }> {
  const error: unknown = await promise.then(
    () => expect.unreachable('the fetch should have failed'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShellError);
  const { code, message } = error as ShellError;
  return { code, message };
}

describe('fetchPage', () => {
  it('returns a real page byte for byte, with its type and declared charset', async () => {
    const page = await get('/article', { limits: { ...limits, maxBytes: 15 * 1024 * 1024 } });
    expect(page).toMatchObject({ url: `${base}/article`, finalUrl: `${base}/article`, redirects: [], status: 200 });
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(Buffer.from(page.bytes).equals(article)).toBe(true);
  });

  it('sends the headers of a normal browser', async () => {
    await get('/article', { limits: { ...limits, maxBytes: 15 * 1024 * 1024 } });
    expect(seenHeaders['/article']?.['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\/\d+/);
    expect(seenHeaders['/article']?.accept).toMatch(/^text\/html,/);
  });

  it('lower-cases the type, strips its parameters and unquotes the charset, leaving bytes undecoded', async () => {
    const page = await get('/russian');
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('windows-1251');
    expect(page.bytes).toEqual(cp1251);
  });

  it('reports a missing Content-Type as empty with no charset', async () => {
    const page = await get('/no-type');
    expect(page.contentType).toBe('');
    expect(page.charset).toBeNull();
  });

  it('returns non-HTML content with its own type', async () => {
    const page = await get('/image');
    expect(page.contentType).toBe('image/png');
    expect(page.bytes).toEqual(png);
  });

  it('returns a 404 as a result, not an error', async () => {
    const page = await get('/missing');
    expect(page.status).toBe(404);
    expect(new TextDecoder().decode(page.bytes)).toContain('Not found');
  });

  it('follows redirects and lists every hop', async () => {
    const page = await get('/hop/1', { limits: { ...limits, maxBytes: 15 * 1024 * 1024 } });
    expect(page.finalUrl).toBe(`${base}/article`);
    expect(page.redirects).toEqual([`${base}/hop/2`, `${base}/article`]);
    expect(page.status).toBe(200);
  });

  it('follows exactly five redirects', async () => {
    const page = await get('/five/0', { limits: { ...limits, maxBytes: 15 * 1024 * 1024 } });
    expect(page.redirects).toHaveLength(5);
    expect(page.finalUrl).toBe(`${base}/article`);
  });

  it('refuses a sixth redirect', async () => {
    const failure = await failureOf(get('/chain/0'));
    expect(failure.code).toBe('too-many-redirects');
    expect(failure.message).toContain('more than 5 times');
  });

  it('detects a redirect loop', async () => {
    const failure = await failureOf(get('/loop/a'));
    expect(failure.code).toBe('too-many-redirects');
    expect(failure.message).toContain('loop');
  });

  it('refuses a redirect to a non-web scheme', async () => {
    const failure = await failureOf(get('/to-file'));
    expect(failure.code).toBe('bad-url');
    expect(failure.message).toContain('file:///etc/passwd');
  });

  it('times out when the server never answers', async () => {
    const failure = await failureOf(get('/silent', quickTimeout));
    expect(failure).toEqual({ code: 'timeout', message: `${new URL(base).host} took longer than 300 ms to send the page, so Quire gave up.` });
  });

  it('times out when the body stalls half way', async () => {
    const failure = await failureOf(get('/stall-body', quickTimeout));
    expect(failure.code).toBe('timeout');
  });

  it('refuses a body declared too large without reading it', async () => {
    const failure = await failureOf(get('/huge-declared'));
    expect(failure).toEqual({ code: 'too-large', message: 'The page is larger than 64 KB, the most Quire fetches.' });
  });

  it('stops a body without Content-Length once it passes the cap', async () => {
    expect((await failureOf(get('/huge-chunked'))).code).toBe('too-large');
  });

  it('caps the decompressed size when a small compressed body inflates past the cap', async () => {
    expect((await failureOf(get('/gzip-bomb'))).code).toBe('too-large');
  });

  it('decompresses a gzip body', async () => {
    const page = await get('/gzip-small');
    expect(new TextDecoder().decode(page.bytes)).toBe('squeezed');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a', 'not a url'])(
    'refuses %s as a bad URL',
    async (url) => {
      const failure = await failureOf(fetchPage({ url }, deps()));
      expect(failure.code).toBe('bad-url');
      expect(failure.message).toContain('only http and https');
    },
  );

  it('refuses credentials in the URL', async () => {
    expect((await failureOf(fetchPage({ url: 'http://user:pw@127.0.0.1/' }, deps()))).code).toBe('bad-url');
  });

  it('reports a refused connection as a network error naming the host', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await failureOf(fetchPage({ url: `http://127.0.0.1:${port}/` }, { limits, testOnlyAllowedEndpoints: [`127.0.0.1:${port}`] }));
    expect(failure).toEqual({ code: 'network', message: `127.0.0.1:${port} refused the connection.` });
  });
});
