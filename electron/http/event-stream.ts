import type { ServerResponse } from 'node:http';
import type { ShellEvent, ShellEvents } from '../../shared/shell';

export type ShellEventEmitter = <E extends ShellEvent>(event: E, payload: ShellEvents[E]) => void;

export type EventHub = {
  attach(response: ServerResponse): void;
  emit: ShellEventEmitter;
  closeAll(): void;
};

/** Some proxies and idle timers drop a silent connection; a comment line keeps it open. */
const KEEP_ALIVE_MS = 25_000;

/** Server-Sent Events to every open `GET /api/events` stream. */
export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return {
    attach(response) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    closeAll() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
