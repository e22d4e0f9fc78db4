import { PAGE_FETCH_LIMITS, ShellError } from '../../shared/shell';
import type { FetchedPage, ShellArgs } from '../../shared/shell';

export type PageFetchLimits = { timeoutMs: number; maxBytes: number; maxRedirects: number };

export type PageFetchDeps = {
  /** Defaults to the runtime's fetch; Electron may pass `net.fetch` to honour system proxies. */
  fetch?: typeof fetch;
  /** Tests shrink these so a timeout or a cap is reached in milliseconds. */
  limits?: Partial<PageFetchLimits>;
};

/** Some sites answer an unknown client with an error page; look like the browser the user has. */
const BROWSER_HEADERS = {
  'User-Agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'Accept-Language': 'en-US,en;q=0.9,*;q=0.5',
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Fetches a web page for the clipper: http(s) only, bounded in time, size and redirects. */
export async function fetchPage({ url }: ShellArgs<'page:fetch'>, deps: PageFetchDeps = {}): Promise<FetchedPage> {
  const limits: PageFetchLimits = { ...PAGE_FETCH_LIMITS, ...deps.limits };
  const doFetch = deps.fetch ?? fetch;
  const start = requireHttpUrl(url, `“${url}” is not a web address Quire can fetch: only http and https are allowed.`);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = () => controller.signal.aborted;
  try {
    const visited = new Set<string>([start.href]);
    const redirects: string[] = [];
    let current = start;
    for (;;) {
      const response = await send(doFetch, current, controller.signal, timedOut, limits);
      const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
      if (location === null) {
        const bytes = await readCapped(response, limits.maxBytes, controller, timedOut, limits);
        return { url, finalUrl: current.href, redirects, status: response.status, ...describeType(response), bytes };
      }
      await response.body?.cancel().catch(() => undefined);
      const next = resolveRedirect(location, current);
      if (visited.has(next.href)) {
        throw new ShellError('too-many-redirects', `The page at ${url} redirects in a loop (back to ${next.href}).`);
      }
      if (redirects.length >= limits.maxRedirects) {
        throw new ShellError('too-many-redirects', `The page at ${url} redirected more than ${limits.maxRedirects} times.`);
      }
      visited.add(next.href);
      redirects.push(next.href);
      current = next;
    }
  } finally {
    clearTimeout(timer);
  }
}

function requireHttpUrl(text: string, message: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ShellError('bad-url', message);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ShellError('bad-url', message);
  if (parsed.username || parsed.password) {
    throw new ShellError('bad-url', `Quire does not fetch addresses with a user name or password in them (${parsed.host}).`);
  }
  return parsed;
}

function resolveRedirect(location: string, from: URL): URL {
  let target: string;
  try {
    target = new URL(location, from).href;
  } catch {
    throw new ShellError('bad-url', `${from.href} redirected to an address that is not valid: “${location}”.`);
  }
  return requireHttpUrl(target, `${from.href} redirected to ${target}, which is not an http or https address.`);
}

async function send(
  doFetch: typeof fetch,
  url: URL,
  signal: AbortSignal,
  timedOut: () => boolean,
  limits: PageFetchLimits,
): Promise<Response> {
  try {
    return await doFetch(url.href, { redirect: 'manual', headers: BROWSER_HEADERS, signal });
  } catch (error) {
    throw translateFailure(error, url, timedOut, limits);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
  timedOut: () => boolean,
  limits: PageFetchLimits,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new ShellError('too-large', `The page is larger than ${formatMegabytes(maxBytes)}, the most Quire fetches.`);
  const declared = Number(response.headers.get('content-length'));
  // Content-Length counts compressed bytes, so it can only rule a page out early, never in.
  if (Number.isFinite(declared) && declared > maxBytes && !response.headers.get('content-encoding')) {
    controller.abort();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ShellError) throw error;
    throw translateFailure(error, new URL(response.url || 'about:blank'), timedOut, limits);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function describeType(response: Response): Pick<FetchedPage, 'contentType' | 'charset'> {
  const header = response.headers.get('content-type') ?? '';
  const contentType = (header.split(';')[0] ?? '').trim().toLowerCase();
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header)?.[1]?.toLowerCase() ?? null;
  return { contentType, charset };
}

function translateFailure(error: unknown, url: URL, timedOut: () => boolean, limits: PageFetchLimits): ShellError {
  if (error instanceof ShellError) return error;
  if (timedOut()) {
    const limit = limits.timeoutMs >= 1000 ? `${Math.round(limits.timeoutMs / 1000)} s` : `${limits.timeoutMs} ms`;
    return new ShellError('timeout', `${url.host} took longer than ${limit} to send the page, so Quire gave up.`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const host = url.host || 'the server';
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ShellError('network', `Could not find ${host}: check the address and your connection.`);
    case 'ECONNREFUSED':
      return new ShellError('network', `${host} refused the connection.`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return new ShellError('network', `The connection to ${host} was cut off.`);
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return new ShellError('network', `${host} cannot be reached from this network.`);
  }
  if (cause?.code?.startsWith('ERR_TLS') || /certificate/i.test(cause?.message ?? '')) {
    return new ShellError('network', `The secure connection to ${host} could not be verified (${cause?.message}).`);
  }
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new ShellError('network', `Could not fetch from ${host}: ${detail}.`);
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
