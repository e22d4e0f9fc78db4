import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { targets } from '../build/esbuild.mjs';
import type { QuireBridge } from '../shared/shell';

type Listener = (...args: unknown[]) => void;

async function loadPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Listener[]>();
  vi.resetModules();
  vi.doMock('electron', () => ({
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, args: unknown) => {
        invoked.push([channel, args]);
        return Promise.resolve({ ok: true, value: `answer from ${channel}` });
      },
      on: (channel: string, listener: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) =>
        listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
    },
  }));
  await import('./preload');
  return { exposed, invoked, listeners, bridge: exposed.get('quire') as QuireBridge };
}

afterEach(() => vi.doUnmock('electron'));

describe('preload', () => {
  it('exposes exactly invoke and on, as window.quire', async () => {
    const { exposed, bridge } = await loadPreload();
    expect([...exposed.keys()]).toEqual(['quire']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract calls and refuses any other channel without touching IPC', async () => {
    const { bridge, invoked } = await loadPreload();
    expect(await bridge.invoke('app:info', {})).toEqual({ ok: true, value: 'answer from app:info' });
    const invokeAnything = bridge.invoke as (channel: string, args: unknown) => Promise<unknown>;
    for (const channel of ['fs:read', 'quire:invoke', '__proto__', 'constructor']) {
      expect(await invokeAnything(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(invoked).toEqual([['app:info', {}]]);
  });

  it('delivers event payloads without the IPC event, and unsubscribes', async () => {
    const { bridge, listeners } = await loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = bridge.on('app:command', (...args: unknown[]) => received.push(args));
    const [forward] = listeners.get('app:command')!;
    forward!({ sender: 'the ipcRenderer event' }, { command: 'find' });
    expect(received).toEqual([[{ command: 'find' }]]);
    unsubscribe();
    expect(listeners.get('app:command')).toEqual([]);
  });

  it('refuses to subscribe to an unknown event', async () => {
    const { bridge, listeners } = await loadPreload();
    const onAnything = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => onAnything('ipc:raw', () => undefined)).toThrow('Quire sends no “ipc:raw” event.');
    expect(listeners.size).toBe(0);
  });

  it('bundles to one CommonJS file that requires nothing but electron', { timeout: 60_000 }, async () => {
    const result = await build({ ...targets.preload, write: false, metafile: true, sourcemap: false });
    const [output] = Object.values(result.metafile.outputs);
    expect(output!.imports.map((imported) => [imported.path, imported.external])).toEqual([['electron', true]]);
    const code = result.outputFiles[0]!.text;
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});
