import type { ShellArgs, ShellChannel, ShellEvent, ShellEvents, ShellResult } from '../../shared/shell';

/**
 * What the UI talks to. Two implementations: IPC through `window.quire` in the
 * desktop app, HTTP to the local service under `npm run web`. Calls either
 * resolve with the result or reject with a `ShellError`.
 */
export type Shell = {
  readonly kind: 'desktop' | 'web';
  invoke<K extends ShellChannel>(channel: K, args: ShellArgs<K>): Promise<ShellResult<K>>;
  on<E extends ShellEvent>(event: E, listener: (payload: ShellEvents[E]) => void): () => void;
};
