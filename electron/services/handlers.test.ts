import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../../shared/shell';
import { describeApp } from './app-info';
import { createShellServices, dispatch } from './handlers';
import type { ShellServices } from './handlers';

const appInfo = () =>
  describeApp({ shell: 'web', version: '1.2.3', platform: 'linux', runtimeVersions: { node: '20.1.0', uv: '1.0', v8: '11' } });
const services = createShellServices({ appInfo });

describe('createShellServices', () => {
  it('serves every channel of the contract', () => {
    expect(Object.keys(services).sort()).toEqual([...SHELL_CHANNELS].sort());
  });

  it('cannot be typed without a handler for every channel', () => {
    // @ts-expect-error page:fetch is missing, so this is not ShellServices
    const partial: ShellServices = { 'app:info': async () => appInfo() };
    expect(Object.keys(partial)).toEqual(['app:info']);
  });
});

describe('dispatch', () => {
  it('answers app:info with the versions worth showing', async () => {
    const outcome = await dispatch(services, 'app:info', {});
    expect(outcome).toEqual({
      ok: true,
      value: { name: 'Quire', version: '1.2.3', shell: 'web', platform: 'linux', versions: { node: '20.1.0', v8: '11' } },
    });
  });

  it('fetches a page through the real service', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    const asPublic = createShellServices({ appInfo, pageFetch: { testOnlyAllowedEndpoints: [`127.0.0.1:${port}`] } });
    try {
      const outcome = await dispatch(asPublic, 'page:fetch', { url });
      expect(outcome.ok && new TextDecoder().decode(outcome.value.bytes)).toBe('hello');
    } finally {
      server.close();
    }
  });

  it('rejects arguments the schema refuses, with a readable message', async () => {
    expect(await dispatch(services, 'page:fetch', { url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      error: { code: 'invalid-args', message: 'Only http and https addresses can be clipped.' },
    });
    expect(await dispatch(services, 'app:info', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(await dispatch(services, 'page:fetch', null)).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(await dispatch(services, 'page:fetch', { url: 'http://127.0.0.1/', allowLocal: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('refuses a local address by default, and fetches it when the user confirmed it', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('local'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      expect(await dispatch(services, 'page:fetch', { url })).toMatchObject({ ok: false, error: { code: 'local-address' } });
      const outcome = await dispatch(services, 'page:fetch', { url, allowLocal: true });
      expect(outcome.ok && new TextDecoder().decode(outcome.value.bytes)).toBe('local');
    } finally {
      server.close();
    }
  });

  it('refuses a channel outside the contract', async () => {
    const outcome = await dispatch(services, 'fs:delete-everything', {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(services, 'toString', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('keeps the code of a ShellError thrown by a service', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await dispatch(services, 'page:fetch', { url: `http://127.0.0.1:${port}/`, allowLocal: true });
    expect(outcome).toEqual({ ok: false, error: { code: 'network', message: `127.0.0.1:${port} refused the connection.` } });
  });

  it('hides an unexpected error behind a generic message and logs it', async () => {
    const secret = new Error('EACCES: /home/someone/private');
    const broken: ShellServices = { ...services, 'app:info': () => Promise.reject(secret) };
    const log = vi.fn();
    const outcome = await dispatch(broken, 'app:info', {}, log);
    expect(outcome).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('EACCES') } });
    expect(log).toHaveBeenCalledWith('app:info', secret);
  });
});
