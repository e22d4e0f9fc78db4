import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInfo, FetchedPage, ShellOutcome } from '../shared/shell';
import { fromWire, toWire } from '../shared/wire';
import { CONTENT_SECURITY_POLICY } from './security';
import { choosePort, DEFAULT_PORT, startServer } from './serve';
import type { RunningServer } from './serve';
import { describeApp } from './services/app-info';
import { createShellServices } from './services/handlers';

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** node:http rather than fetch: fetch normalises paths and forbids setting Host, which these tests need. */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

type Upload = { response: string; sentWhenAnswered: number; closedBeforeDone: boolean };

/**
 * A client that uploads up to `cap` bytes as fast as the server takes them (chunked,
 * or with a Content-Length) whatever the server answers, and notes how much it had
 * sent when the answer came and whether the server closed before it was done.
 */
function streamUpload(port: number, token: string, cap: number, options: { declareLength?: boolean } = {}): Promise<Upload> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const frame = options.declareLength ? chunk : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    let sent = 0;
    let sentWhenAnswered = -1;
    let response = '';
    let done = false;
    const pump = () => {
      // It goes on after the answer, as a client that ignores early answers would.
      while (!socket.destroyed && sent < cap) {
        sent += chunk.length;
        if (!socket.write(frame)) return void socket.once('drain', pump);
      }
      if (sent >= cap && !done) {
        done = true;
        socket.write(options.declareLength ? '' : '0\r\n\r\n');
      }
    };
    socket.on('data', (data: Buffer) => {
      if (sentWhenAnswered === -1) sentWhenAnswered = sent;
      response += data.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ response, sentWhenAnswered, closedBeforeDone: !done }));
    const length = options.declareLength ? `Content-Length: ${cap}` : 'Transfer-Encoding: chunked';
    socket.write(`POST /api/invoke/app:info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Quire-Token: ${token}\r\nContent-Type: application/json\r\n${length}\r\n\r\n`);
    pump();
  });
}

const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
let workDir: string;
let app: RunningServer;
let pageServer: Server;
let pageBase: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'quire-serve-'));
  const rendererDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta name="quire-token" content=""><script type="module" src="/assets/app.js"></script></head></html>',
  );
  for (const name of ['app.js', 'chunk.mjs', 'style.css', 'icon.svg', 'search.wasm', 'font.woff2']) {
    await writeFile(path.join(rendererDir, 'assets', name), `contents of ${name}`);
  }
  await writeFile(path.join(workDir, 'secret.txt'), 'outside the renderer');
  await writeFile(path.join(rendererDir, 'assets', 'app.js.map'), '{"sourcesContent":["the whole source"]}');

  pageServer = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(allBytes));
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageBase = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;

  const services = createShellServices({
    appInfo: () => describeApp({ shell: 'web', version: '0.0.1', platform: 'linux', runtimeVersions: { node: '20' } }),
    // The page server plays a public site; every other local address stays refused.
    pageFetch: { testOnlyAllowedEndpoints: [new URL(pageBase).host] },
  });
  app = await startServer({ port: 0, rendererDir, services, log: () => undefined });
});

afterAll(async () => {
  await app.close();
  pageServer.close();
  await rm(workDir, { recursive: true, force: true });
});

const host = () => ({ Host: `127.0.0.1:${app.port}` });
const call = (channel: string, args: unknown, headers: Record<string, string> = { 'X-Quire-Token': app.token }) =>
  raw(app.port, {
    method: 'POST',
    path: `/api/invoke/${channel}`,
    headers: { ...host(), 'Content-Type': 'application/json', ...headers },
    body: toWire(args),
  });
const outcomeOf = <T>(response: RawResponse) => fromWire<ShellOutcome<T>>(response.body.toString('utf8'));

describe('startServer: the renderer', () => {
  it('serves index.html with this run’s token, the CSP and nosniff, and no CORS', async () => {
    const response = await raw(app.port, { path: '/', headers: host() });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toContain(`<meta name="quire-token" content="${app.token}">`);
    expect(app.token).toMatch(/^[\w-]{43}$/);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it.each([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['search.wasm', 'application/wasm'],
    ['font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (name, type) => {
    const response = await raw(app.port, { path: `/assets/${name}`, headers: host() });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeUndefined();
    expect(response.body.toString()).toBe(`contents of ${name}`);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets%5c..%5c..%5csecret.txt', '/%00'])(
    'refuses the traversal %s',
    async (attempt) => {
      const response = await raw(app.port, { path: attempt, headers: host() });
      expect(response.status).toBe(404);
      expect(response.body.toString()).not.toContain('outside the renderer');
    },
  );

  it('never serves a source map, even one left in the folder', async () => {
    const response = await raw(app.port, { path: '/assets/app.js.map', headers: host() });
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('the whole source');
  });

  it('answers 404 for a missing file or a directory', async () => {
    expect((await raw(app.port, { path: '/nope.js', headers: host() })).status).toBe(404);
    expect((await raw(app.port, { path: '/assets', headers: host() })).status).toBe(404);
  });

  it('answers only to its own host names, against DNS rebinding', async () => {
    expect((await raw(app.port, { path: '/', headers: { Host: `localhost:${app.port}` } })).status).toBe(200);
    for (const name of [`evil.example:${app.port}`, `127.0.0.1:${app.port + 1}`, '127.0.0.1', `127.0.0.1.nip.io:${app.port}`]) {
      const response = await raw(app.port, { path: '/', headers: { Host: name } });
      expect(response.status, name).toBe(421);
      expect(response.body.toString()).not.toContain(app.token);
    }
  });
});

describe('startServer: /api/invoke', () => {
  it('requires the token', async () => {
    const attempts: Record<string, string>[] = [{}, { 'X-Quire-Token': 'guess' }, { 'X-Quire-Token': `${app.token}x` }];
    for (const headers of attempts) {
      const response = await call('app:info', {}, headers);
      expect(response.status).toBe(401);
      expect(outcomeOf(response)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses calls made from another site’s page even with a token', async () => {
    const response = await call('app:info', {}, { 'X-Quire-Token': app.token, Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  it('answers app:info', async () => {
    const response = await call('app:info', {});
    expect(response.status).toBe(200);
    expect(outcomeOf<AppInfo>(response)).toEqual({
      ok: true,
      value: { name: 'Quire', version: '0.0.1', shell: 'web', platform: 'linux', versions: { node: '20' } },
    });
  });

  it('fetches a page with every byte intact', async () => {
    const response = await call('page:fetch', { url: `${pageBase}/bytes` });
    const outcome = outcomeOf<FetchedPage>(response);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.bytes).toBeInstanceOf(Uint8Array);
    expect(outcome.value.bytes).toEqual(allBytes);
    expect(outcome.value.contentType).toBe('application/octet-stream');
  });

  it('refuses a page on this computer unless the call says the user confirmed it', async () => {
    const local = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('local service'));
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}/`;
    try {
      const refused = outcomeOf(await call('page:fetch', { url }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'local-address', message: expect.stringContaining('is on this computer') } });
      expect((await call('page:fetch', { url, allowLocal: 'true' })).status).toBe(400);
      const confirmed = outcomeOf<FetchedPage>(await call('page:fetch', { url, allowLocal: true }));
      expect(confirmed.ok && new TextDecoder().decode(confirmed.value.bytes)).toBe('local service');
    } finally {
      local.close();
    }
  });

  it('answers invalid arguments with an invalid-args outcome', async () => {
    const response = await call('page:fetch', { url: 'file:///etc/passwd' });
    expect(response.status).toBe(400);
    expect(outcomeOf(response)).toEqual({
      ok: false,
      error: { code: 'invalid-args', message: 'Only http and https addresses can be clipped.' },
    });
  });

  it('answers a body that is not JSON with invalid-args', async () => {
    const response = await raw(app.port, {
      method: 'POST',
      path: '/api/invoke/app:info',
      headers: { ...host(), 'X-Quire-Token': app.token },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(outcomeOf(response)).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('answers an unknown channel with 404 and an outcome', async () => {
    const response = await call('fs:wipe', {});
    expect(response.status).toBe(404);
    expect(outcomeOf(response)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses a body over 1 MB', async () => {
    const response = await call('page:fetch', { url: `http://example.com/${'a'.repeat(1024 * 1024)}` });
    expect(response.status).toBe(413);
    expect(outcomeOf(response)).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('answers a chunked upload that keeps sending with 413 and closes, without reading the rest', async () => {
    const cap = 64 * 1024 * 1024;
    const result = await streamUpload(app.port, app.token, cap);
    expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.response).toContain('The request is larger than 1 MB.');
    // Had the server drained the body, the client would have sent all of it before any answer came.
    expect(result.sentWhenAnswered).toBeLessThan(cap);
    expect(result.closedBeforeDone).toBe(true);
  });

  it('answers a declared oversize body with 413 before it is sent', async () => {
    const result = await streamUpload(app.port, app.token, 64 * 1024 * 1024, { declareLength: true });
    expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.sentWhenAnswered).toBeLessThan(64 * 1024 * 1024);
    // Had the server drained the body, the client would have sent all of it before the connection closed.
    expect(result.closedBeforeDone).toBe(true);
  });

  it('accepts only POST', async () => {
    expect((await raw(app.port, { path: '/api/invoke/app:info', headers: { ...host(), 'X-Quire-Token': app.token } })).status).toBe(405);
  });
});

describe('startServer: /api/events', () => {
  it('requires the token', async () => {
    expect((await raw(app.port, { path: '/api/events?token=wrong', headers: host() })).status).toBe(401);
  });

  it('refuses a subscriber from another site’s page even with the token', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const headers = { ...host(), Origin: 'https://evil.example' };
      const req = request({ host: '127.0.0.1', port: app.port, path: `/api/events?token=${app.token}`, headers }, (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('streams an emitted event to a subscriber', async () => {
    const frame = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: app.port, path: `/api/events?token=${app.token}`, headers: host() },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes(': connected\n\n') && !text.includes('event:')) app.emit('app:command', { command: 'clip-url' });
            const start = text.indexOf('event:');
            if (start !== -1 && text.indexOf('\n\n', start) !== -1) {
              resolve(text.slice(start, text.indexOf('\n\n', start) + 2));
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(frame).toBe('event: app:command\ndata: {"command":"clip-url"}\n\n');
  });
});

describe('startServer: listening', () => {
  it('listens on 127.0.0.1 only, not on every address', async () => {
    expect(app.url).toBe(`http://127.0.0.1:${app.port}/`);
    // Linux routes all of 127/8 to loopback: a server bound to 0.0.0.0 would answer on 127.0.0.2 too.
    const error: unknown = await new Promise((resolve) => {
      const req = request({ host: '127.0.0.2', port: app.port, path: '/', headers: host() }, () => resolve(null));
      req.on('error', resolve);
      req.end();
    });
    expect((error as NodeJS.ErrnoException | null)?.code).toBe('ECONNREFUSED');
  });

  it('reports a port already taken', async () => {
    const services = createShellServices({ appInfo: () => expect.unreachable('not called') });
    const error: unknown = await startServer({ port: app.port, rendererDir: workDir, services }).then(
      () => expect.unreachable('a second server on the same port should not start'),
      (e: unknown) => e,
    );
    expect((error as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
  });
});

describe('choosePort', () => {
  it('takes --port, then QUIRE_PORT, then the fixed default', () => {
    expect(choosePort([], {})).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(47813);
    expect(choosePort(['--port', '47999'], { QUIRE_PORT: '1234' })).toBe(47999);
    expect(choosePort(['--port=47998'], {})).toBe(47998);
    expect(choosePort([], { QUIRE_PORT: '1234' })).toBe(1234);
    expect(() => choosePort(['--port', 'abc'], {})).toThrow('“abc” is not a port number');
    expect(() => choosePort(['--port', '70000'], {})).toThrow('not a port number');
  });
});
