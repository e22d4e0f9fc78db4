import { lookup } from 'node:dns/promises';
import { ADDRESS_KIND_WORDS, classifyAddress, formatAddress, parseIpAddress } from '../../shared/net/address';
import type { AddressKind, IpAddress } from '../../shared/net/address';
import { ShellError } from '../../shared/shell';

export type ResolvedAddress = { address: string; family: number };
/** Name to addresses, like `dns.lookup(name, { all: true })`; tests map names such as `public.test` to their servers. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

const LOOPBACK: IpAddress = { family: 4, value: 0x7f000001 };

/** The one address a hop connects to: the one that was checked, so a name cannot rebind in between. */
export type VettedTarget = { address: string; family: 4 | 6 };

export type TargetPolicy = {
  resolve: Resolver;
  /** The host the user typed and confirmed, after being told it is local; null when they did not. */
  confirmedLocalHost: string | null;
  /** Test only: `address:port` endpoints treated as public, so a test's own server on 127.0.0.1 is reachable. */
  testOnlyAllowedEndpoints: ReadonlySet<string>;
};

/** Why a hop was refused, for a message that says where the request would have gone. */
export type RefusedTarget = { host: string; address: string; kind: Exclude<AddressKind, 'public'>; literal: boolean };

/**
 * Resolves a hop's host once and returns an address Quire may connect to, or
 * throws `local-address`: loopback, private, link-local, CGNAT, multicast,
 * unspecified and reserved addresses are refused unless the user confirmed
 * this very host. Any one public address of a name is enough (it is the one used).
 */
export async function vetTarget(url: URL, policy: TargetPolicy, describe: (refused: RefusedTarget) => string): Promise<VettedTarget> {
  const literal = parseIpAddress(url.hostname);
  // RFC 6761: localhost and its subdomains are this computer, whatever a resolver says.
  const loopbackName = /(^|\.)localhost\.?$/i.test(url.hostname);
  const candidates: IpAddress[] = literal
    ? [literal]
    : loopbackName
      ? await loopbackAddresses(url.hostname, policy.resolve)
      : await resolveAll(url.hostname, policy.resolve);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  let refused: RefusedTarget | null = null;
  for (const candidate of candidates) {
    const address = formatAddress(candidate);
    const kind = classifyAddress(candidate);
    const allowed =
      kind === 'public' ||
      policy.testOnlyAllowedEndpoints.has(`${address}:${port}`) ||
      (policy.confirmedLocalHost !== null && policy.confirmedLocalHost === url.hostname);
    if (allowed) return { address, family: candidate.family };
    refused ??= { host: url.host, address, kind: kind as RefusedTarget['kind'], literal: literal !== null };
  }
  if (refused === null) throw new ShellError('network', `Could not find ${url.host}: check the address and your connection.`);
  throw new ShellError('local-address', describe(refused));
}

/** A service the user runs may listen on ::1 only (Vite does), so localhost keeps its loopback answers. */
async function loopbackAddresses(hostname: string, resolve: Resolver): Promise<IpAddress[]> {
  const answers = await resolveAll(hostname, resolve).catch(() => []);
  const loopback = answers.filter((address) => classifyAddress(address) === 'loopback');
  return loopback.length > 0 ? loopback : [LOOPBACK];
}

async function resolveAll(hostname: string, resolve: Resolver): Promise<IpAddress[]> {
  let answers: ResolvedAddress[];
  try {
    answers = await resolve(hostname);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA' || code === 'EAI_NODATA') {
      throw new ShellError('network', `Could not find ${hostname}: check the address and your connection.`);
    }
    throw error;
  }
  // A resolver answer that does not parse is not trusted as public: it is dropped, and no answer left means not found.
  return answers.map(({ address }) => parseIpAddress(address)).filter((address): address is IpAddress => address !== null);
}

export function localAddressWords(refused: RefusedTarget): string {
  const where = refused.literal ? refused.host : `${refused.host} (${refused.address})`;
  return `${where} is ${ADDRESS_KIND_WORDS[refused.kind]}`;
}

/**
 * Test only: the e2e suite starts `npm run web` with QUIRE_TEST_ONLY_FETCH_ALLOW
 * (`127.0.0.1:PORT,...`) so the fetcher reaches the suite's own sites. Loopback
 * endpoints with a port, nothing wider; anything else is an error, not ignored.
 */
export function testOnlyEndpointsFrom(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const endpoint = entry.trim();
    if (!/^127\.0\.0\.1:([1-9]\d{0,4})$/.test(endpoint) || Number(endpoint.split(':')[1]) > 65535) {
      throw new Error(`QUIRE_TEST_ONLY_FETCH_ALLOW takes 127.0.0.1:PORT endpoints, separated by commas; “${endpoint}” is not one.`);
    }
    return endpoint;
  });
}
