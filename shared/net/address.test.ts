import { BlockList, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress, formatAddress, parseIpAddress, parseIPv4, parseIPv6 } from './address';
import type { AddressKind } from './address';

const kindOf = (text: string): AddressKind | null => {
  const address = parseIpAddress(text);
  return address ? classifyAddress(address) : null;
};

/** Every legacy spelling of one IPv4 address that inet_aton and the URL standard read. */
function spellings(value: number): string[] {
  const b = [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256) as [number, number, number, number];
  const low16 = b[2] * 256 + b[3];
  const low24 = b[1] * 65536 + low16;
  return [
    b.join('.'),
    `${b.join('.')}.`,
    String(value),
    `0x${value.toString(16)}`,
    `0X${value.toString(16).toUpperCase()}`,
    `0${value.toString(8)}`,
    b.map((n) => `0x${n.toString(16)}`).join('.'),
    b.map((n) => `0${n.toString(8)}`).join('.'),
    `${b[0]}.${b[1]}.${low16}`,
    `${b[0]}.${low24}`,
    `0x${b[0].toString(16)}.${low24}`,
    `0${b[0].toString(8)}.0x${b[1].toString(16)}.${low16}`,
  ];
}

describe('parseIPv4', () => {
  it('reads 127.0.0.1 in every legacy form', () => {
    for (const text of ['127.0.0.1', '127.1', '127.0.1', '0x7f.1', '0x7f.0.0.1', '0177.0.0.1', '0177.1', '2130706433', '0x7f000001', '017700000001', '0x7F.0X0.0.01', '127.0.0.1.']) {
      expect(parseIPv4(text), text).toBe(0x7f000001);
    }
  });

  it('reads every spelling of any address as that address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
        for (const text of spellings(value)) expect(parseIPv4(text), text).toBe(value);
      }),
    );
  });

  it('refuses what is not an address, so it goes to DNS as a name', () => {
    for (const text of ['', '.', 'localhost', '1.2.3.4.5', '256.0.0.1', '1.2.3.256.', '1.16777216', '4294967296', '08.0.0.1', '0x1g', '1..2', '1.2.3.4..', 'example.com', '１２７.0.0.1']) {
      expect(parseIPv4(text), text).toBeNull();
    }
  });
});

describe('parseIPv6', () => {
  it('reads compressed, full, bracketed, zoned and dotted-quad forms', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('[::]')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('2001:DB8::')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses malformed ones', () => {
    for (const text of ['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', '::ffff:256.0.0.1', '::ffff:1.2.3', 'g::1', '1:2:3:4:5:6:7:8::', '127.0.0.1', ':1']) {
      expect(parseIPv6(text), text).toBeNull();
    }
  });

  it('reads back what it formats, for any address', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 }), (words) => {
        const text = formatAddress({ family: 6, words });
        expect(isIPv6(text)).toBe(true);
        expect(parseIPv6(text)).toEqual(words);
        expect(parseIPv6(`[${text}]`)).toEqual(words);
      }),
    );
  });
});

describe('classifyAddress', () => {
  it.each<[string, AddressKind]>([
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['2002:7f00:1::', 'loopback'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['0xc0a80101', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fec0::1', 'private'],
    ['::ffff:10.1.2.3', 'private'],
    ['2002:c0a8:101::1', 'private'],
    ['64:ff9b:1::a00:1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['64:ff9b::169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.170', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['100::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['169.255.0.1', 'public'],
    ['198.18.0.1', 'public'],
    ['2606:4700::1111', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['2002:808:808::', 'public'],
    ['64:ff9b::8.8.8.8', 'public'],
  ])('%s is %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('agrees with Node’s BlockList for any IPv4 address, in the mapped and 6to4 forms too', () => {
    const blocked = new BlockList();
    for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3]] as const) {
      blocked.addSubnet(net, bits, 'ipv4');
    }
    const interesting = fc.oneof(
      fc.integer({ min: 0, max: 0xffffffff }),
      ...[0x0a, 0x64, 0x7f, 0xa9, 0xac, 0xc0, 0xc6, 0xcb, 0xe0, 0xf0].map((top) => fc.integer({ min: top * 2 ** 24, max: (top + 1) * 2 ** 24 - 1 })),
    );
    fc.assert(
      fc.property(interesting, (value) => {
        const v4 = { family: 4 as const, value };
        const expected = blocked.check(formatAddress(v4), 'ipv4');
        expect(classifyAddress(v4) !== 'public', formatAddress(v4)).toBe(expected);
        const high = Math.floor(value / 65536);
        const low = value % 65536;
        expect(classifyAddress({ family: 6, words: [0, 0, 0, 0, 0, 0xffff, high, low] })).toBe(classifyAddress(v4));
        expect(classifyAddress({ family: 6, words: [0x2002, high, low, 0, 0, 0, 0, 1] })).toBe(classifyAddress(v4));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatAddress', () => {
  it('writes a dotted quad and RFC 5952 IPv6', () => {
    expect(formatAddress(parseIpAddress('0x7f.1')!)).toBe('127.0.0.1');
    expect(formatAddress(parseIpAddress('[0:0:0:0:0:ffff:7f00:1]')!)).toBe('::ffff:7f00:1');
    expect(formatAddress(parseIpAddress('2001:db8:0:1:0:0:0:1')!)).toBe('2001:db8:0:1::1');
    expect(formatAddress(parseIpAddress('1:0:2:3:4:5:6:7')!)).toBe('1:0:2:3:4:5:6:7');
  });
});
