import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { VettedTarget } from './fetch-target';

export type PinnedResponse = { status: number; headers: IncomingHttpHeaders; body: Readable; discard(): void };

/** Some sites answer an unknown client with an error page; look like the browser the user has. */
const BROWSER_HEADERS = {
  'User-Agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'Accept-Language': 'en-US,en;q=0.9,*;q=0.5',
  'Accept-Encoding': 'gzip, deflate, br',
};

/** Hands the socket the vetted address whatever name it asks for: DNS is not asked again between check and connect. */
function pinnedLookup(target: VettedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, all: VettedTarget[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
}

/**
 * One GET to `url`, connected to `target` (the Host header and TLS name stay the
 * URL's), never following redirects, with the body decompressed. No agent, so no
 * kept-alive socket is ever reused for a name that now resolves elsewhere.
 */
export function getPinned(url: URL, target: VettedTarget, signal: AbortSignal): Promise<PinnedResponse> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: BROWSER_HEADERS, agent: false, lookup: pinnedLookup(target), signal }, (res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: decoded(res), discard: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (decoder === null) return res;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}
