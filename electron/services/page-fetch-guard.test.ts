import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ShellError } from '../../shared/shell';
import { testOnlyEndpointsFrom } from './fetch-target';
import type { ResolvedAddress, Resolver } from './fetch-target';
import { fetchPage } from './page-fetch';
import type { PageFetchDeps } from './page-fetch';

/**
 * Three real servers on loopback: the "public" site (the only endpoint the test
 * declares public), an internal service on another port that must never be
 * reached, and a second internal service on 127.0.0.2 for the rebinding name.
 */
type Recorder = { server: Server; port: number; seen: string[] };
let site: Recorder;
let internal: Recorder;
let rebound: Recorder;

async function listen(host: string, port: number, handler: (path: string) => [number, Record<string, string>, string]): Promise<Recorder> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const [status, headers, body] = handler(req.url ?? '');
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

const encodings = () => [
  `http://127.0.0.1:${internal.port}/secret`,
  `http://localhost:${internal.port}/secret`,
  `http://0x7f.1:${internal.port}/secret`,
  `http://0177.0.0.1:${internal.port}/secret`,
  `http://127.1:${internal.port}/secret`,
  `http://2130706433:${internal.port}/secret`,
  `http://[::ffff:127.0.0.1]:${internal.port}/secret`,
  `http://[::1]:${internal.port}/secret`,
  `http://0.0.0.0:${internal.port}/secret`,
  `http://internal.test:${internal.port}/secret`,
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.1/',
  'http://172.16.5.4/',
  'http://192.168.1.1/admin',
  'http://100.64.0.1/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://224.0.0.1/',
  'http://[64:ff9b::7f00:1]/',
];

const names: Record<string, string[]> = { 'public.test': ['127.0.0.1'], 'internal.test': ['127.0.0.1'], 'empty.test': [] };
let lookups: string[] = [];
const resolve: Resolver = async (hostname) => {
  lookups.push(hostname);
  if (hostname === 'rebind.test') return [{ address: lookups.filter((name) => name === hostname).length === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
  if (hostname === 'mixed.test') return [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }];
  const addresses = names[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address): ResolvedAddress => ({ address, family: 4 }));
};

beforeAll(async () => {
  internal = await listen('127.0.0.1', 0, () => [200, { 'Content-Type': 'text/plain' }, 'the router’s admin page']);
  site = await listen('127.0.0.1', 0, (path) => {
    if (path === '/article') return [200, { 'Content-Type': 'text/html' }, '<p>public</p>'];
    if (path.startsWith('/to?')) return [302, { Location: decodeURIComponent(path.slice(4)) }, ''];
    return [404, {}, ''];
  });
  // The rebinding name's second answer: the same port as the site, on another loopback address (Linux routes 127/8).
  rebound = await listen('127.0.0.2', site.port, () => [200, { 'Content-Type': 'text/plain' }, 'rebound']);
});
afterAll(async () => {
  for (const recorder of [site, internal, rebound]) await new Promise((done) => recorder.server.close(done));
});
beforeEach(() => {
  lookups = [];
  internal.seen.length = 0;
});

const publicSite = (): PageFetchDeps => ({ resolve, testOnlyAllowedEndpoints: [`127.0.0.1:${site.port}`] });
const via = (target: string) => `http://public.test:${site.port}/to?${encodeURIComponent(target)}`;

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(() => expect.unreachable('the fetch should have been refused'), (e: unknown) => e);
  expect(error).toBeInstanceOf(ShellError);
  expect((error as ShellError).code).toBe('local-address');
  return (error as ShellError).message;
}

describe('fetchPage refuses this computer and its networks', () => {
  it('refuses 127.0.0.1 by default: production declares nothing public', async () => {
    const message = await refusal(fetchPage({ url: `http://127.0.0.1:${site.port}/article` }));
    expect(message).toBe(`127.0.0.1:${site.port} is on this computer, not a public web site.`);
    expect(site.seen).not.toContain('/article');
  });

  it('fetches the declared public site by name', async () => {
    const page = await fetchPage({ url: `http://public.test:${site.port}/article` }, publicSite());
    expect(new TextDecoder().decode(page.bytes)).toBe('<p>public</p>');
  });

  it('refuses every spelling of a local address, before connecting', async () => {
    for (const url of encodings()) {
      const message = await refusal(fetchPage({ url }, publicSite()));
      expect(message, url).toMatch(/ is (on this computer|on your local network|a link-local address|in the range carrier-grade NAT|a multicast address|the “any” address)/);
    }
    expect(internal.seen).toEqual([]);
  });

  it('names the address a name resolved to', async () => {
    const message = await refusal(fetchPage({ url: `http://internal.test:${internal.port}/secret` }, publicSite()));
    expect(message).toMatch(new RegExp(`^internal\\.test:${internal.port} \\(127\\.0\\.0\\.1\\) is on this computer, not a public web site\\.$`));
  });

  it('refuses a redirect from the public site to any of them, on every hop', async () => {
    for (const url of encodings()) {
      const message = await refusal(fetchPage({ url: via(url) }, publicSite()));
      expect(message, url).toMatch(new RegExp(`^public\\.test:${site.port} redirected to .+ Quire does not follow a web page into your own computer or network`));
    }
    await refusal(fetchPage({ url: via(via(`http://localhost:${internal.port}/secret`)) }, publicSite()));
    expect(internal.seen).toEqual([]);
  });

  it('resolves once per hop and connects to the address it checked, so a rebinding name cannot switch', async () => {
    const page = await fetchPage({ url: `http://rebind.test:${site.port}/article` }, publicSite());
    expect(new TextDecoder().decode(page.bytes)).toBe('<p>public</p>');
    expect(lookups).toEqual(['rebind.test']);
    expect(rebound.seen).toEqual([]);
  });

  it('connects to the allowed one of a name’s addresses, never the local one', async () => {
    const page = await fetchPage({ url: `http://mixed.test:${site.port}/article` }, publicSite());
    expect(new TextDecoder().decode(page.bytes)).toBe('<p>public</p>');
    expect(rebound.seen).toEqual([]);
  });

  it('reports a name with no address as not found', async () => {
    await expect(fetchPage({ url: 'http://empty.test/' }, publicSite())).rejects.toMatchObject({ code: 'network', message: expect.stringContaining('Could not find empty.test') });
  });

  it('counts a resolver that never answers against the time limit', async () => {
    const never: Resolver = () => new Promise(() => undefined);
    await expect(fetchPage({ url: 'http://slow.test/' }, { resolve: never, limits: { timeoutMs: 200 } })).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('fetchPage with allowLocal (the user confirmed the address they typed)', () => {
  it('fetches that local address', async () => {
    const page = await fetchPage({ url: `http://127.0.0.1:${internal.port}/secret`, allowLocal: true }, publicSite());
    expect(new TextDecoder().decode(page.bytes)).toBe('the router’s admin page');
    expect(internal.seen).toEqual(['/secret']);
  });

  it('still refuses a public page that redirects to a local one', async () => {
    await refusal(fetchPage({ url: via(`http://127.0.0.1:${internal.port}/secret`), allowLocal: true }, publicSite()));
    expect(internal.seen).toEqual([]);
  });

  it('does not extend to another local host a redirect names', async () => {
    const confirmed = `http://localhost:${site.port}/to?${encodeURIComponent(`http://127.0.0.1:${internal.port}/secret`)}`;
    await refusal(fetchPage({ url: confirmed, allowLocal: true }, { resolve: async () => [{ address: '127.0.0.1', family: 4 }] }));
    expect(internal.seen).toEqual([]);
  });
});

describe('testOnlyEndpointsFrom (QUIRE_TEST_ONLY_FETCH_ALLOW)', () => {
  it('is empty unless set, and takes loopback endpoints with a port only', () => {
    expect(testOnlyEndpointsFrom(undefined)).toEqual([]);
    expect(testOnlyEndpointsFrom(' ')).toEqual([]);
    expect(testOnlyEndpointsFrom('127.0.0.1:4100, 127.0.0.1:65535')).toEqual(['127.0.0.1:4100', '127.0.0.1:65535']);
    for (const wider of ['127.0.0.1', '0.0.0.0:80', '10.0.0.1:80', 'localhost:80', '127.0.0.1:0', '127.0.0.1:65536', '127.0.0.1:*']) {
      expect(() => testOnlyEndpointsFrom(wider), wider).toThrow('QUIRE_TEST_ONLY_FETCH_ALLOW takes 127.0.0.1:PORT endpoints');
    }
  });
});
