/**
 * IP addresses as the page fetcher must see them: every spelling a URL, a
 * resolver or a hostile page can give (0x7f.1, 2130706433, 0177.0.0.1,
 * [::ffff:127.0.0.1], 2002:7f00:1::) parsed to one number, then sorted into
 * public and the kinds a web page must never make Quire reach.
 */

export type IpAddress = { family: 4; value: number } | { family: 6; words: readonly number[] };

/** Everything but `public` is on this computer, its networks or no network at all. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'shared' | 'multicast' | 'unspecified' | 'reserved';

const IPV4_PART = /^(?:0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$/;

/**
 * An IPv4 address in any form inet_aton and the URL standard accept: one to four
 * parts, each decimal, octal (leading 0) or hex (0x), the last filling the
 * remaining bytes (`127.1`, `0x7f000001`), and one trailing dot. Null if not one.
 */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    if (!IPV4_PART.test(part)) return null;
    const n = /^0[xX]/.test(part) ? (part.length === 2 ? 0 : parseInt(part.slice(2), 16)) : /^0./.test(part) ? parseInt(part, 8) : Number(part);
    numbers.push(n);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return null;
  return numbers.reduce((sum, n, i) => sum + n * 256 ** (3 - i), 0) + last;
}

/** The strict dotted quad that may end an IPv6 address (`::ffff:127.0.0.1`). */
function parseDottedQuad(text: string): [number, number] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  const [a, b, c, d] = parts.map(Number) as [number, number, number, number];
  return [(a << 8) | b, (c << 8) | d];
}

function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups = text.split(':');
  const words: number[] = [];
  for (const [i, group] of groups.entries()) {
    if (i === groups.length - 1 && group.includes('.')) {
      const quad = parseDottedQuad(group);
      if (!quad) return null;
      words.push(...quad);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
      words.push(parseInt(group, 16));
    } else {
      return null;
    }
  }
  return words;
}

/** An IPv6 address as eight 16-bit words; brackets and a zone (`%eth0`) are allowed. Null if not one. */
export function parseIPv6(text: string): number[] | null {
  let body = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = body.indexOf('%');
  if (zone !== -1) body = body.slice(0, zone);
  if (!body.includes(':')) return null;
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]!);
  const tail = halves.length === 2 ? parseGroups(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}

/** A host as a URL or a resolver gives it; null for a name that needs DNS. */
export function parseIpAddress(text: string): IpAddress | null {
  const words = parseIPv6(text);
  if (words) return { family: 6, words };
  const value = parseIPv4(text);
  return value === null ? null : { family: 4, value };
}

const inRange = (value: number, base: string, bits: number) => {
  const start = parseIPv4(base)!;
  return Math.floor(value / 2 ** (32 - bits)) === Math.floor(start / 2 ** (32 - bits));
};

function classifyIPv4(value: number): AddressKind {
  if (inRange(value, '0.0.0.0', 8)) return 'unspecified';
  if (inRange(value, '127.0.0.0', 8)) return 'loopback';
  if (inRange(value, '10.0.0.0', 8) || inRange(value, '172.16.0.0', 12) || inRange(value, '192.168.0.0', 16)) return 'private';
  if (inRange(value, '100.64.0.0', 10)) return 'shared';
  if (inRange(value, '169.254.0.0', 16)) return 'link-local';
  if (inRange(value, '224.0.0.0', 4)) return 'multicast';
  // 240/4 includes the broadcast address; 192.0.0/24 holds DS-Lite and NAT64 discovery; the rest is documentation.
  // 198.18/15 (benchmarking) stays public on purpose: "fake-IP" proxies (Clash, Surge) answer every name with one.
  for (const [base, bits] of [['240.0.0.0', 4], ['192.0.0.0', 24], ['192.0.2.0', 24], ['198.51.100.0', 24], ['203.0.113.0', 24]] as const) {
    if (inRange(value, base, bits)) return 'reserved';
  }
  return 'public';
}

/** The IPv4 address an IPv6 one carries and that the packets really go to, if any. */
function embeddedIPv4(w: readonly number[]): number | null {
  const v4 = (high: number, low: number) => high * 65536 + low;
  const zeros = (from: number, to: number) => w.slice(from, to).every((word) => word === 0);
  if (zeros(0, 5) && w[5] === 0xffff) return v4(w[6]!, w[7]!); // ::ffff:a.b.c.d, mapped
  if (zeros(0, 4) && w[4] === 0xffff && w[5] === 0) return v4(w[6]!, w[7]!); // ::ffff:0:a.b.c.d, translated
  if (zeros(0, 6)) return v4(w[6]!, w[7]!); // ::a.b.c.d, compatible (:: and ::1 are caught before)
  if (w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6)) return v4(w[6]!, w[7]!); // 64:ff9b::/96, NAT64
  if (w[0] === 0x2002) return v4(w[1]!, w[2]!); // 2002::/16, 6to4
  if (w[0] === 0x2001 && w[1] === 0) return 0xffffffff - v4(w[6]!, w[7]!); // 2001::/32, Teredo: the client, inverted
  return null;
}

function classifyIPv6(w: readonly number[]): AddressKind {
  if (w.every((word) => word === 0)) return 'unspecified';
  if (w.slice(0, 7).every((word) => word === 0) && w[7] === 1) return 'loopback';
  const v4 = embeddedIPv4(w);
  if (v4 !== null) return classifyIPv4(v4);
  const first = w[0]!;
  if (first === 0x64 && w[1] === 0xff9b && w[2] === 1) return 'private'; // 64:ff9b:1::/48, local-use NAT64
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfec0) return 'private'; // ULA, and the old site-local
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first < 0x100 || (first === 0x100 && w.slice(1, 4).every((word) => word === 0))) return 'reserved'; // ::/8, 100::/64 discard
  if (first === 0x2001 && w[1] === 0xdb8) return 'reserved'; // documentation
  return 'public';
}

export function classifyAddress(address: IpAddress): AddressKind {
  return address.family === 4 ? classifyIPv4(address.value) : classifyIPv6(address.words);
}

/** Dotted quad, or RFC 5952 IPv6 (the longest run of zero words shortened), for messages. */
export function formatAddress(address: IpAddress): string {
  if (address.family === 4) return [24, 16, 8, 0].map((shift) => Math.floor(address.value / 2 ** shift) % 256).join('.');
  const w = address.words;
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = Math.max(i, j);
  }
  const hex = (words: readonly number[]) => words.map((word) => word.toString(16)).join(':');
  if (best.start === -1) return hex(w);
  return `${hex(w.slice(0, best.start))}::${hex(w.slice(best.start + best.length))}`;
}

/** Where an address of each kind leads, in words for the user. */
export const ADDRESS_KIND_WORDS: Record<Exclude<AddressKind, 'public'>, string> = {
  loopback: 'on this computer',
  private: 'on your local network',
  'link-local': 'a link-local address (a device on your network, or a cloud machine’s own metadata service)',
  shared: 'in the range carrier-grade NAT and VPNs use inside their networks',
  multicast: 'a multicast address',
  unspecified: 'the “any” address, which reaches this computer',
  reserved: 'a reserved address, not on the public internet',
};
