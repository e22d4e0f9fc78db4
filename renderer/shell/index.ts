import type { QuireBridge } from '../../shared/shell';
import { createHttpShell } from './http-shell';
import { createIpcShell } from './ipc-shell';
import type { Shell } from './shell';

export type { Shell } from './shell';
export { ShellProvider, useShell } from './ShellContext';

declare global {
  // Declaration merging needs an interface here: this adds the desktop bridge to the DOM's Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    quire?: QuireBridge;
  }
}

/** Chooses the transport once at startup: IPC inside Electron, else the local HTTP service. */
export function connectShell(win: Window = window): Shell {
  if (win.quire) return createIpcShell(win.quire);
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="quire-token"]')?.content ?? '';
  return createHttpShell({ token });
}
