import { SHELL_ERROR_CODES, ShellError } from '../../shared/shell';
import type { ShellEvent, ShellEvents, ShellOutcome } from '../../shared/shell';
import { fromWire, toWire } from '../../shared/wire';
import { unwrap } from './ipc-shell';
import type { Shell } from './shell';

type HttpShellOptions = {
  /** The per-run token the local service put into index.html. */
  token: string;
  /** Origin of the local service; the page's own origin by default. */
  baseUrl?: string;
  fetchImpl?: typeof fetch;
};

/** The `npm run web` transport: the same contract over the local service on 127.0.0.1. */
export function createHttpShell({ token, baseUrl = '', fetchImpl = fetch.bind(globalThis) }: HttpShellOptions): Shell {
  let events: EventSource | null = null;
  const listeners = new Map<ShellEvent, Set<(payload: never) => void>>();

  function ensureEventStream(event: ShellEvent): EventSource {
    events ??= new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      events.addEventListener(event, (message) => {
        const payload = fromWire<never>((message as MessageEvent<string>).data);
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    }
    return events;
  }

  return {
    kind: 'web',
    async invoke(channel, args) {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Quire-Token': token },
          body: toWire(args),
        });
      } catch {
        throw new ShellError('network', 'Quire’s local service is not answering. Is `npm run web` still running?');
      }
      const body = await response.text();
      let outcome: ShellOutcome<never>;
      try {
        outcome = fromWire<ShellOutcome<never>>(body);
      } catch {
        throw new ShellError('internal', `The local service answered ${response.status} with something unreadable.`);
      }
      if (!outcome.ok && !SHELL_ERROR_CODES.includes(outcome.error.code)) {
        throw new ShellError('internal', outcome.error.message);
      }
      return unwrap(outcome);
    },
    on(event, listener) {
      ensureEventStream(event);
      const set = listeners.get(event)!;
      const entry = listener as (payload: ShellEvents[typeof event]) => void as (payload: never) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
  };
}
