import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a refused upload's connection stays half-open, unread, so the answer is read before the socket goes. */
const CLOSE_GRACE_MS = 1000;

/**
 * The body as text, or null once it passes `limit`: reading stops there (a client
 * streaming 300 MB is not drained), and the caller answers 413 and closes.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Sends an answer (`send`), then closes the connection without reading on. Node
 * would otherwise read the rest of the request to reuse the connection; the write
 * side is ended first so the answer reaches the client, and the socket goes a moment later.
 */
export function closeAfter(req: IncomingMessage, res: ServerResponse, send: () => void): void {
  res.shouldKeepAlive = false;
  res.once('finish', () => {
    req.socket.pause();
    req.socket.end();
    setTimeout(() => req.socket.destroy(), CLOSE_GRACE_MS).unref();
  });
  send();
}
