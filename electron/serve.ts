/**
 * The HTTP transport: the same services the desktop app uses, on 127.0.0.1,
 * plus the built renderer, so `npm run web` runs the whole app in a browser.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromWire, toWire } from '../shared/wire';
import type { ShellErrorCode, ShellOutcome } from '../shared/shell';
import { createEventHub } from './http/event-stream';
import { closeAfter, readBody } from './http/request-body';
import type { ShellEventEmitter } from './http/event-stream';
import { hasTokenPlaceholder, injectToken, mimeTypeOf, resolveRendererFile } from './http/static-files';
import { CONTENT_SECURITY_POLICY } from './security';
import { describeApp } from './services/app-info';
import { testOnlyEndpointsFrom } from './services/fetch-target';
import { createShellServices, dispatch } from './services/handlers';
import type { DispatchLog, ShellServices } from './services/handlers';

export const DEFAULT_PORT = 47813;
export const MAX_REQUEST_BYTES = 1024 * 1024;

export type ServerOptions = {
  /** 0 picks a free port (tests); the app uses a fixed one, since IndexedDB belongs to the origin. */
  port: number;
  host?: '127.0.0.1';
  rendererDir: string;
  services: ShellServices;
  token?: string;
  log?: DispatchLog;
};

export type RunningServer = {
  url: string;
  port: number;
  token: string;
  emit: ShellEventEmitter;
  close(): Promise<void>;
};

const INVOKE_PREFIX = '/api/invoke/';

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(32).toString('base64url');
  const events = createEventHub();
  let port = options.port;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      (options.log ?? console.error)('http', error);
      if (!res.headersSent) sendText(res, 500, 'Internal error.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding); only our own names pass.
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      return sendText(res, 421, 'This server answers only to 127.0.0.1 and localhost.');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith(INVOKE_PREFIX)) return invoke(req, res, url.pathname.slice(INVOKE_PREFIX.length));
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed.');
      if (isForeignOrigin(req)) return sendText(res, 403, 'Calls from other sites are refused.');
      if (!matchesToken(url.searchParams.get('token'), token)) return sendText(res, 401, 'Missing or wrong token.');
      return events.attach(res);
    }
    if (url.pathname.startsWith('/api/')) return sendText(res, 404, 'No such API.');
    return serveStatic(req, res, url.pathname);
  }

  /** A page of another site may hold the token only by a leak; its calls are refused anyway. No Origin: not a browser page. */
  function isForeignOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`;
  }

  async function invoke(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed.');
    if (isForeignOrigin(req)) return sendOutcome(res, 403, failure('unauthorized', 'Calls from other sites are refused.'));
    if (!matchesToken(req.headers['x-quire-token'], token)) {
      return sendOutcome(res, 401, failure('unauthorized', 'Missing or wrong X-Quire-Token.'));
    }
    const body = await readBody(req, MAX_REQUEST_BYTES);
    if (body === null) {
      const message = `The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`;
      return closeAfter(req, res, () => sendOutcome(res, 413, failure('invalid-args', message)));
    }
    let args: unknown;
    try {
      args = body.length === 0 ? {} : fromWire<unknown>(body);
    } catch {
      return sendOutcome(res, 400, failure('invalid-args', 'The request body is not valid JSON.'));
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      channel = rawChannel;
    }
    const outcome = await dispatch(options.services, channel, args, options.log);
    sendOutcome(res, outcome.ok ? 200 : statusFor(outcome.error.code), outcome);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    const file = await resolveRendererFile(options.rendererDir, pathname);
    if (file === null) return sendText(res, 404, 'Not found.');
    const type = mimeTypeOf(file);
    let content: Buffer | string = await readFile(file);
    if (type.startsWith('text/html')) {
      content = injectToken(content.toString('utf8'), token);
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(content),
      // index.html carries this run's token, so nothing may be reused from a previous run.
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    emit: events.emit,
    close: () =>
      new Promise<void>((resolve) => {
        events.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function matchesToken(given: string | string[] | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function failure(code: ShellErrorCode, message: string): ShellOutcome<never> {
  return { ok: false, error: { code, message } };
}

function statusFor(code: ShellErrorCode): number {
  switch (code) {
    case 'invalid-args':
      return 400;
    case 'unknown-channel':
      return 404;
    case 'unauthorized':
      return 401;
    case 'internal':
      return 500;
    default:
      // The call worked; the page it fetched did not. The outcome says why.
      return 200;
  }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
}

function sendOutcome(res: ServerResponse, status: number, outcome: ShellOutcome<unknown>): void {
  const body = toWire(outcome);
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    })
    .end(body);
}

/** `--port N`, `--port=N`, then QUIRE_PORT, then the fixed default. */
export function choosePort(argv: readonly string[], env: Record<string, string | undefined>): number {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const raw = index === -1 ? env.QUIRE_PORT : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`“${raw}” is not a port number (1-65535).`);
  }
  return port;
}

async function runFromCommandLine(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rendererDir = path.resolve(here, '../renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(`Quire's web app is not built yet (${rendererDir}/index.html is missing). Run \`npm run build\` first, or use \`npm run web\`, which builds and starts it.`);
    process.exit(1);
  }
  if (!hasTokenPlaceholder(readFileSync(path.join(rendererDir, 'index.html'), 'utf8'))) {
    console.error(`${rendererDir}/index.html has no <meta name="quire-token" content=""> tag, so the page could not call Quire. Rebuild with \`npm run build\`.`);
    process.exit(1);
  }
  let port: number;
  try {
    port = choosePort(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version: string };
  let testOnlyAllowedEndpoints: string[];
  try {
    testOnlyAllowedEndpoints = testOnlyEndpointsFrom(process.env.QUIRE_TEST_ONLY_FETCH_ALLOW);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (testOnlyAllowedEndpoints.length > 0) {
    console.warn(`Test mode: the page fetcher treats ${testOnlyAllowedEndpoints.join(', ')} as public sites (QUIRE_TEST_ONLY_FETCH_ALLOW).`);
  }
  const services = createShellServices({
    appInfo: () => describeApp({ shell: 'web', version, platform: process.platform, runtimeVersions: process.versions }),
    pageFetch: { testOnlyAllowedEndpoints },
  });
  let running: RunningServer;
  try {
    running = await startServer({ port, rendererDir, services });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use: Quire may already be running at http://127.0.0.1:${port}/. ` +
        'Another port (--port N or QUIRE_PORT) works too, but it is a different origin with its own, separate library.');
      process.exit(1);
    }
    throw error;
  }
  console.log(`Quire is running at ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runFromCommandLine();
