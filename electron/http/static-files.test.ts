import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTokenPlaceholder, injectToken, mimeTypeOf, resolveRendererFile } from './static-files';

describe('injectToken', () => {
  it('fills the placeholder as written in source or as Vite emits it', () => {
    for (const tag of ['<meta name="quire-token" content="">', '<meta name="quire-token" content="" />']) {
      const html = `<head>${tag}<title>Quire</title></head>`;
      expect(hasTokenPlaceholder(html)).toBe(true);
      expect(injectToken(html, 'abc_-1')).toBe('<head><meta name="quire-token" content="abc_-1"><title>Quire</title></head>');
    }
  });

  it('finds no placeholder in a page without one', () => {
    expect(hasTokenPlaceholder('<head><meta name="quire-token" content="stale"></head>')).toBe(false);
  });
});

describe('mimeTypeOf', () => {
  it('knows the built renderer’s file types and falls back to bytes', () => {
    expect(mimeTypeOf('/a/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('x.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('x.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
    expect(mimeTypeOf('Makefile')).toBe('application/octet-stream');
  });
});

describe('resolveRendererFile', () => {
  let dir: string;
  let root: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'quire-static-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), 'index');
    await writeFile(path.join(root, 'assets', 'a b.js'), 'js');
    await writeFile(path.join(root, 'assets', 'app.js.map'), '{"sources":["../../renderer/app.tsx"]}');
    await writeFile(path.join(root, 'assets', 'APP.CSS.MAP'), '{}');
    await writeFile(path.join(dir, 'renderer-secret.txt'), 'secret');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('maps / to index.html and decodes names', async () => {
    expect(await resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await resolveRendererFile(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it('never leaves the root, even through a sibling with the same prefix', async () => {
    for (const attempt of ['/../renderer-secret.txt', '/..%2frenderer-secret.txt', '/assets/..%2F..%2Frenderer-secret.txt', '/%2e%2e%2frenderer-secret.txt']) {
      expect(await resolveRendererFile(root, attempt), attempt).toBeNull();
    }
    expect(await resolveRendererFile(root, `/${path.join(dir, 'renderer-secret.txt')}`)).toBeNull();
  });

  it('never serves a source map, however the name is written', async () => {
    for (const attempt of ['/assets/app.js.map', '/assets/APP.CSS.MAP', '/assets/app.js%2emap', '/assets/app.js.map.', '/assets/app.js.map%20', '/assets/app.js.map::$DATA', '/assets/./app.js.map']) {
      expect(await resolveRendererFile(root, attempt), attempt).toBeNull();
    }
    expect(mimeTypeOf('x.map')).toBe('application/octet-stream');
  });

  it('refuses directories, NUL bytes, backslashes and broken escapes', async () => {
    for (const attempt of ['/assets', '/assets/', '/index.html%00.js', '/assets%5c..%5c..%5crenderer-secret.txt', '/%E0%A4%A']) {
      expect(await resolveRendererFile(root, attempt), attempt).toBeNull();
    }
  });
});
