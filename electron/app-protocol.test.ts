import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let dir: string;
let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quire-protocol-'));
  await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Quire</title>');
  await writeFile(path.join(dir, 'renderer', 'assets', 'index-1a2b.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'outside');
  handle = createAppProtocolHandler(path.join(dir, 'renderer'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the quire:// protocol', () => {
  it('serves the app page with the CSP', async () => {
    const response = await handle(new Request('quire://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Quire</title>');
  });

  it('serves scripts with a JavaScript type, so module loading works', async () => {
    const response = await handle(new Request('quire://app/assets/index-1a2b.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('refuses other hosts, traversal and missing files', async () => {
    for (const url of ['quire://other/index.html', 'quire://app/..%2fsecret.txt', 'quire://app/assets/..%2f..%2fsecret.txt', 'quire://app/nope.js']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('answers only reads', async () => {
    expect((await handle(new Request('quire://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});
