import type { z } from 'zod';
import type { Asset, Clip, Entity, Mention, Note, Quote, Setting } from '../../../shared/model';
import { LIBRARY_TABLES, type LibraryTable } from '../db';
import { decodeJsonLines } from './jsonl';
import { BACKUP_LIMITS as L } from './limits';
import { parseJsonSafely } from './safe-json';
import { type AssetLine, lineSchemas, type Manifest, manifestSchema } from './schema';
import { checkReferences } from './references';
import { sha256Hex } from './checksums';
import { readZipDirectory, ZipRefusal } from './zip-directory';
import { inflateEntry, type InflateObserver } from './zip-inflate';

type Unzipped = Record<string, Uint8Array>;

/** Why a file was refused; the message is for the user and says what is wrong and where. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(detail: string) {
    super(`This backup cannot be imported: ${detail}. Your library was not changed.`);
  }

  /** The same error on the window's side of the backup worker, where only its message crossed. */
  static withMessage(message: string): BackupError {
    const error = new BackupError('');
    error.message = message;
    return error;
  }
}

export type BackupContents = {
  clips: Clip[];
  assets: Asset[];
  entities: Entity[];
  quotes: Quote[];
  mentions: Mention[];
  notes: Note[];
  settings: Setting[];
};
export type ParsedBackup = { manifest: Manifest; tables: BackupContents };

const ZIP_MAGIC = [0x50, 0x4b];
const KNOWN_FILES = new Set(['manifest.json', ...LIBRARY_TABLES.map((t) => `${t}.jsonl`)]);
const ASSET_FILE = /^assets\/([A-Za-z0-9_-]{1,64})$/;

/**
 * Every entry, inflated and CRC-checked (zip-directory.ts, zip-inflate.ts): declared names,
 * sizes and ratios are checked before anything is inflated, and each entry is stopped at its
 * declared size. `observe` counts the bytes inflated, for tests.
 */
function unzip(bytes: Uint8Array, observe?: InflateObserver): Unzipped {
  if (bytes.length > L.fileBytes) throw new BackupError(`the file is larger than ${L.fileBytes} bytes`);
  if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) throw new BackupError('it is not a Quire backup (not a zip file)');
  try {
    const entries = readZipDirectory(bytes, { limitOf, totalBytes: L.unpackedBytes, maxRatio: L.packRatio, ratioFloor: L.packRatioFloor });
    return Object.fromEntries(entries.map((entry) => [entry.name, inflateEntry(bytes, entry, observe)]));
  } catch (error) {
    if (error instanceof ZipRefusal) throw new BackupError(error.message);
    throw error;
  }
}

function limitOf(name: string): number {
  if (!KNOWN_FILES.has(name) && !ASSET_FILE.test(name)) throw new ZipRefusal(`it contains an unexpected file "${name.slice(0, 100)}"`);
  return name.startsWith('assets/') ? L.assetBytes : L.jsonlBytes;
}

/** Version 2 backups name a SHA-256 for every entry but the manifest: each must be there and match. */
async function verifyDigests(files: Unzipped, manifest: Manifest): Promise<void> {
  if (!manifest.sha256) {
    if (manifest.version >= 2) throw new BackupError('manifest.json: sha256 is missing');
    return;
  }
  const listed = new Set(Object.keys(manifest.sha256));
  for (const name of Object.keys(files)) {
    if (name === 'manifest.json') continue;
    if (!listed.delete(name)) throw new BackupError(`${name} is not listed in the manifest's checksums`);
    if ((await sha256Hex(files[name]!)) !== manifest.sha256[name]) throw new BackupError(`${name} is damaged (checksum mismatch)`);
  }
  const [missing] = listed;
  if (missing !== undefined) throw new BackupError(`${missing.slice(0, 100)} is missing`);
}

function describeIssue(where: string, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.length > 0 ? `${issue.path.join('.')} ` : '';
  return `${where}: ${path}${issue.message}`;
}

function parseJson(text: string, where: string): unknown {
  try {
    return parseJsonSafely(text);
  } catch (error) {
    throw new BackupError(`${where} is not valid: ${(error as Error).message}`);
  }
}

function readManifest(files: Unzipped): Manifest {
  const bytes = files['manifest.json'];
  if (!bytes) throw new BackupError('manifest.json is missing');
  const result = manifestSchema.safeParse(parseJson(new TextDecoder().decode(bytes), 'manifest.json'));
  if (!result.success) throw new BackupError(describeIssue('manifest.json', result.error));
  return result.data;
}

function readTable(files: Unzipped, table: LibraryTable, expected: number): unknown[] {
  const name = `${table}.jsonl`;
  const bytes = files[name];
  if (!bytes) throw new BackupError(`${name} is missing`);
  const schema = lineSchemas[table];
  const records: unknown[] = [];
  const seen = new Set<string>();
  try {
    for (const { line, text } of decodeJsonLines(bytes, L.lineBytes)) {
      const where = `${name} line ${line}`;
      const result = schema.safeParse(parseJson(text, where));
      if (!result.success) throw new BackupError(describeIssue(where, result.error));
      const key = 'key' in result.data ? result.data.key : result.data.id;
      if (seen.has(key)) throw new BackupError(`${where}: the id ${key} appears twice`);
      seen.add(key);
      records.push(result.data);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${name} is not valid text (${(error as Error).message})`);
  }
  if (records.length !== expected) throw new BackupError(`${name} has ${records.length} records but the manifest says ${expected}`);
  return records;
}

function attachBlobs(files: Unzipped, lines: AssetLine[], expectedFiles: number): Asset[] {
  const assetFiles = Object.keys(files).filter((name) => name.startsWith('assets/'));
  if (assetFiles.length !== expectedFiles) throw new BackupError(`it holds ${assetFiles.length} asset files but the manifest says ${expectedFiles}`);
  const owners = new Set(lines.filter((a) => a.blob).map((a) => `assets/${a.id}`));
  const stray = assetFiles.find((name) => !owners.has(name));
  if (stray) throw new BackupError(`${stray} belongs to no asset record`);
  return lines.map(({ blob, ...asset }) => {
    if (!blob) return { ...asset, blob: null };
    const bytes = files[`assets/${asset.id}`];
    if (!bytes) throw new BackupError(`assets/${asset.id} is missing`);
    if (bytes.length !== asset.size) throw new BackupError(`assets/${asset.id} has ${bytes.length} bytes but its record says ${asset.size}`);
    return { ...asset, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: blob.type }) };
  });
}

/**
 * Reads and checks a whole `.quire` file without touching any database; throws {@link BackupError}.
 * Every entry's CRC-32, and for version 2 its SHA-256, is checked before any record is read.
 */
export async function parseBackup(bytes: Uint8Array, observe?: InflateObserver): Promise<ParsedBackup> {
  const files = unzip(bytes, observe);
  const manifest = readManifest(files);
  await verifyDigests(files, manifest);
  const raw = Object.fromEntries(LIBRARY_TABLES.map((t) => [t, readTable(files, t, manifest.counts[t])])) as Record<LibraryTable, unknown[]>;
  const tables = { ...raw, assets: attachBlobs(files, raw.assets as AssetLine[], manifest.assetFiles) } as BackupContents;
  const dangling = checkReferences(tables);
  if (dangling) throw new BackupError(dangling);
  return { manifest, tables };
}
