import { ShellError } from '../../shared/shell';
import type { QuireBridge, ShellOutcome } from '../../shared/shell';
import type { Shell } from './shell';

/** The desktop transport: `window.quire`, exposed by electron/preload.ts. */
export function createIpcShell(bridge: QuireBridge): Shell {
  return {
    kind: 'desktop',
    async invoke(channel, args) {
      return unwrap(await bridge.invoke(channel, args));
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}

export function unwrap<T>(outcome: ShellOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new ShellError(outcome.error.code, outcome.error.message);
}
