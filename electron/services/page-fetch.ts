import { PAGE_FETCH_LIMITS, ShellError } from '../../shared/shell';
import type { FetchedPage, ShellArgs } from '../../shared/shell';
import { localAddressWords, systemResolver, vetTarget } from './fetch-target';
import type { RefusedTarget, Resolver, TargetPolicy } from './fetch-target';
import { getPinned } from './http-get';
import type { PinnedResponse } from './http-get';

export type PageFetchLimits = { timeoutMs: number; maxBytes: number; maxRedirects: number };

export type PageFetchDeps = {
  /** Defaults to the system's `dns.lookup`; tests map names such as `public.test` to their own servers. */
  resolve?: Resolver;
  /**
   * Test only: `address:port` endpoints fetched as if public (a test's own server on 127.0.0.1).
   * Production passes nothing, and every local address is refused.
   */
  testOnlyAllowedEndpoints?: readonly string[];
  /** Tests shrink these so a timeout or a cap is reached in milliseconds. */
  limits?: Partial<PageFetchLimits>;
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a web page (or one of its images) for the clipper: http(s) only,
 * bounded in time, size and redirects, and never to this computer or its
 * networks: every hop is resolved once, checked, and connected to the address
 * checked. `allowLocal` (the user confirmed the address they typed) lifts that
 * for the typed host only, never for a host a redirect names.
 */
export async function fetchPage({ url, allowLocal }: ShellArgs<'page:fetch'>, deps: PageFetchDeps = {}): Promise<FetchedPage> {
  const limits: PageFetchLimits = { ...PAGE_FETCH_LIMITS, ...deps.limits };
  const start = requireHttpUrl(url, `“${url}” is not a web address Quire can fetch: only http and https are allowed.`);
  const policy: TargetPolicy = {
    resolve: deps.resolve ?? systemResolver,
    confirmedLocalHost: allowLocal === true ? start.hostname : null,
    testOnlyAllowedEndpoints: new Set(deps.testOnlyAllowedEndpoints ?? []),
  };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = () => controller.signal.aborted;
  try {
    const visited = new Set<string>([start.href]);
    const redirects: string[] = [];
    let current = start;
    let previous: URL | null = null;
    for (;;) {
      const response = await send(current, previous, policy, controller.signal, timedOut, limits);
      const location = REDIRECT_STATUSES.has(response.status) ? headerOf(response, 'location') : null;
      if (location === null) {
        const bytes = await readCapped(response, current, limits.maxBytes, timedOut, limits);
        return { url, finalUrl: current.href, redirects, status: response.status, ...describeType(response), bytes };
      }
      response.discard();
      const next = resolveRedirect(location, current);
      if (visited.has(next.href)) {
        throw new ShellError('too-many-redirects', `The page at ${url} redirects in a loop (back to ${next.href}).`);
      }
      if (redirects.length >= limits.maxRedirects) {
        throw new ShellError('too-many-redirects', `The page at ${url} redirected more than ${limits.maxRedirects} times.`);
      }
      visited.add(next.href);
      redirects.push(next.href);
      previous = current;
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
  url: URL,
  redirectedFrom: URL | null,
  policy: TargetPolicy,
  signal: AbortSignal,
  timedOut: () => boolean,
  limits: PageFetchLimits,
): Promise<PinnedResponse> {
  try {
    const target = await untilAborted(vetTarget(url, policy, (refused) => refusalMessage(refused, redirectedFrom)), signal);
    return await getPinned(url, target, signal);
  } catch (error) {
    throw translateFailure(error, url, timedOut, limits);
  }
}

function refusalMessage(refused: RefusedTarget, redirectedFrom: URL | null): string {
  const where = localAddressWords(refused);
  if (redirectedFrom !== null) {
    return `${redirectedFrom.host} redirected to ${where}. Quire does not follow a web page into your own computer or network, so it stopped there.`;
  }
  return `${where}, not a public web site.`;
}

/** DNS has no signal of its own; the time limit covers it too. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function headerOf(response: PinnedResponse, name: string): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

async function readCapped(
  response: PinnedResponse,
  url: URL,
  maxBytes: number,
  timedOut: () => boolean,
  limits: PageFetchLimits,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new ShellError('too-large', `The page is larger than ${formatMegabytes(maxBytes)}, the most Quire fetches.`);
  const declared = Number(headerOf(response, 'content-length') ?? NaN);
  // Content-Length counts compressed bytes, so it can only rule a page out early, never in.
  if (Number.isFinite(declared) && declared > maxBytes && !headerOf(response, 'content-encoding')) {
    response.discard();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        response.discard();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ShellError) throw error;
    throw translateFailure(error, url, timedOut, limits);
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

function describeType(response: PinnedResponse): Pick<FetchedPage, 'contentType' | 'charset'> {
  const header = headerOf(response, 'content-type') ?? '';
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
  // node:http puts the system's code on the error itself; fetch put it on `cause`.
  const failure = error as { code?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  const cause = failure?.cause ?? failure;
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
  if (cause?.code?.startsWith('ERR_TLS') || /CERT/.test(cause?.code ?? '') || /certificate/i.test(cause?.message ?? '')) {
    return new ShellError('network', `The secure connection to ${host} could not be verified (${cause?.message}).`);
  }
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new ShellError('network', `Could not fetch from ${host}: ${detail}.`);
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
