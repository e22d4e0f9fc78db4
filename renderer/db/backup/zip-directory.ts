/**
 * Reads a zip's central directory without trusting it. Everything a file declares (names,
 * sizes, compression ratios, where each entry lies) is checked here, before a single byte
 * is inflated: a zip bomb or a damaged file is refused at the first thing that does not add up.
 */

/** A zip that is refused; the message says what is wrong and where, for the user. */
export class ZipRefusal extends Error {
  override readonly name = 'ZipRefusal';
}

/** One entry as the central directory declares it, checked against its local header. */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated: the only two Quire writes or reads. */
  method: 0 | 8;
  crc: number;
  packedSize: number;
  size: number;
  /** Where its packed bytes start in the file. */
  dataStart: number;
};

export type ZipRules = {
  /** The most an entry of this name may unpack to; throws a ZipRefusal for a name that has no place in the file. */
  limitOf(name: string): number;
  /** All entries together, unpacked. */
  totalBytes: number;
  /** The most an entry may unpack to per packed byte (DEFLATE itself allows up to 1,032). */
  maxRatio: number;
  /** Entries this small are not held to the ratio: a tiny or repetitive file compresses very well. */
  ratioFloor: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ENCRYPTED = 0x1 | 0x40;
const HAS_DESCRIPTOR = 0x8;
const UTF8_NAME = 0x800;

const TRUNCATED = 'the file is damaged or incomplete (truncated)';
const short = (name: string) => JSON.stringify(name.slice(0, 100));

function endOfDirectory(view: DataView): { count: number; start: number; end: number } {
  const last = view.byteLength - EOCD_SIZE;
  // The record ends the file, after a comment of the length it states: a signature inside a comment does not count.
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) !== EOCD || at + EOCD_SIZE + view.getUint16(at + 20, true) !== view.byteLength) continue;
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const start = view.getUint32(at + 16, true);
    if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw new ZipRefusal('it is a ZIP64 file, which Quire never writes');
    if (view.getUint16(at + 4, true) !== 0 || view.getUint16(at + 6, true) !== 0 || view.getUint16(at + 8, true) !== count) {
      throw new ZipRefusal('it is split over several disks, which Quire never writes');
    }
    if (start + size !== at) throw new ZipRefusal('the file is damaged (its table of contents is not where it says)');
    return { count, start, end: at };
  }
  throw new ZipRefusal(TRUNCATED);
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder(utf8 ? 'utf-8' : 'latin1', { fatal: true }).decode(bytes);
  } catch {
    throw new ZipRefusal('the file is damaged (an entry name is not valid text)');
  }
}

/** The checks a declared entry must pass before it is looked at further: its name, its size, its ratio. */
function checkDeclared(entry: ZipEntry, flags: number, rules: ZipRules): void {
  const limit = rules.limitOf(entry.name);
  if (entry.size > limit) throw new ZipRefusal(`${entry.name} is larger than ${limit} bytes`);
  if (flags & ENCRYPTED) throw new ZipRefusal(`${entry.name} is encrypted, which Quire never does`);
  if (entry.method === 0 && entry.packedSize !== entry.size) throw new ZipRefusal(`${entry.name} is damaged (its stored size is not its size)`);
  if (entry.size > rules.ratioFloor && entry.size > entry.packedSize * rules.maxRatio) {
    throw new ZipRefusal(`${entry.name} would unpack ${entry.packedSize} bytes into ${entry.size}, more than ${rules.maxRatio} times, as only a zip bomb does`);
  }
}

/** The local header must agree with the central directory, or one of them lies about the bytes between. */
function checkLocal(view: DataView, bytes: Uint8Array, entry: ZipEntry, nameBytes: Uint8Array, offset: number, directoryStart: number): number {
  const damaged = () => new ZipRefusal(`${entry.name} is damaged (its header does not match the table of contents)`);
  if (offset + 30 > directoryStart || view.getUint32(offset, true) !== LOCAL) throw damaged();
  const flags = view.getUint16(offset + 6, true);
  const nameLength = view.getUint16(offset + 26, true);
  const dataStart = offset + 30 + nameLength + view.getUint16(offset + 28, true);
  if (view.getUint16(offset + 8, true) !== entry.method || nameLength !== nameBytes.length) throw damaged();
  if (!bytes.subarray(offset + 30, offset + 30 + nameLength).every((byte, i) => byte === nameBytes[i])) throw damaged();
  if (!(flags & HAS_DESCRIPTOR)) {
    const [crc, packed, size] = [view.getUint32(offset + 14, true), view.getUint32(offset + 18, true), view.getUint32(offset + 22, true)];
    if (crc !== entry.crc || packed !== entry.packedSize || size !== entry.size) throw damaged();
  }
  if (dataStart + entry.packedSize > directoryStart) throw new ZipRefusal(`${entry.name} is damaged (it runs past the end of the data)`);
  return dataStart;
}

/**
 * The entries of a zip, each checked: known name, declared size within its limit and the
 * total, a plausible compression ratio, a local header that agrees, and no two entries
 * sharing bytes (the overlapping entries of a "non-recursive" zip bomb) or a name.
 */
export function readZipDirectory(bytes: Uint8Array, rules: ZipRules): ZipEntry[] {
  if (bytes.length < EOCD_SIZE) throw new ZipRefusal(TRUNCATED);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = endOfDirectory(view);
  const entries: (ZipEntry & { offset: number })[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directory.start;
  for (let i = 0; i < directory.count; i += 1) {
    if (at + 46 > directory.end || view.getUint32(at, true) !== CENTRAL) throw new ZipRefusal('the file is damaged (its table of contents is cut short)');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > directory.end) throw new ZipRefusal('the file is damaged (its table of contents is cut short)');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decodeName(nameBytes, (flags & UTF8_NAME) !== 0);
    if (method !== 0 && method !== 8) throw new ZipRefusal(`${short(name)} is compressed in a way Quire never uses (method ${method})`);
    const entry: ZipEntry = { name, method, crc: view.getUint32(at + 16, true), packedSize: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), dataStart: 0 };
    checkDeclared(entry, flags, rules);
    if (names.has(name)) throw new ZipRefusal(`it holds ${name} twice`);
    names.add(name);
    total += entry.size;
    if (total > rules.totalBytes) throw new ZipRefusal(`it unpacks to more than ${rules.totalBytes} bytes`);
    if (total > Math.max(rules.ratioFloor, bytes.length * rules.maxRatio)) {
      throw new ZipRefusal(`it would unpack to more than ${rules.maxRatio} times its own size, as only a zip bomb does`);
    }
    const offset = view.getUint32(at + 42, true);
    entry.dataStart = checkLocal(view, bytes, entry, nameBytes, offset, directory.start);
    entries.push({ ...entry, offset });
    at = next;
  }
  if (at !== directory.end) throw new ZipRefusal('the file is damaged (its table of contents has more than it counts)');
  const byPlace = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byPlace.length; i += 1) {
    const [before, after] = [byPlace[i - 1]!, byPlace[i]!];
    if (before.dataStart + before.packedSize > after.offset) throw new ZipRefusal(`${before.name} and ${after.name} share bytes, as only a zip bomb does`);
  }
  return entries.map(({ offset: _offset, ...entry }) => entry);
}
