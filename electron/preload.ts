/**
 * Exposes exactly the shell contract as `window.quire`, nothing raw.
 * A sandboxed preload can require only 'electron': build/esbuild.mjs bundles
 * this file and its imports into one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isShellChannel, SHELL_EVENTS } from '../shared/shell';
import type { QuireBridge, ShellEvent, ShellOutcome } from '../shared/shell';

const isShellEvent = (name: unknown): name is ShellEvent => SHELL_EVENTS.includes(name as ShellEvent);

const bridge = {
  invoke(channel, args) {
    if (typeof channel !== 'string' || !isShellChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Quire has no “${String(channel)}” command.` } });
    }
    return ipcRenderer.invoke(channel, args) as Promise<ShellOutcome<never>>;
  },
  on(event, listener) {
    if (!isShellEvent(event)) throw new Error(`Quire sends no “${String(event)}” event.`);
    if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
    // The IPC event object is dropped: it would hand the page a way back into ipcRenderer.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} satisfies QuireBridge;

contextBridge.exposeInMainWorld('quire', bridge);
