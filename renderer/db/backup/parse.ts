import { type Unzipped, unzipSync } from 'fflate';
import type { z } from 'zod';
import type { Asset, Clip, Entity, Mention, Note, Quote, Setting } from '../../../shared/model';
import { LIBRARY_TABLES, type LibraryTable } from '../db';
import { decodeJsonLines } from './jsonl';
import { BACKUP_LIMITS as L } from './limits';
import { parseJsonSafely } from './safe-json';
import { type AssetLine, lineSchemas, type Manifest, manifestSchema } from './schema';
import { checkReferences } from './references';

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

function unzip(bytes: Uint8Array): Unzipped {
  if (bytes.length > L.fileBytes) throw new BackupError(`the file is larger than ${L.fileBytes} bytes`);
  if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) throw new BackupError('it is not a Quire backup (not a zip file)');
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > L.unpackedBytes) throw new BackupError(`it unpacks to more than ${L.unpackedBytes} bytes`);
        if (!KNOWN_FILES.has(file.name) && !ASSET_FILE.test(file.name)) throw new BackupError(`it contains an unexpected file "${file.name.slice(0, 100)}"`);
        const limit = file.name.startsWith('assets/') ? L.assetBytes : L.jsonlBytes;
        if (file.originalSize > limit) throw new BackupError(`${file.name} is larger than ${limit} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('the file is damaged or incomplete (truncated)');
  }
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

/** Reads and checks a whole `.quire` file without touching any database; throws {@link BackupError}. */
export function parseBackup(bytes: Uint8Array): ParsedBackup {
  const files = unzip(bytes);
  const manifest = readManifest(files);
  const raw = Object.fromEntries(LIBRARY_TABLES.map((t) => [t, readTable(files, t, manifest.counts[t])])) as Record<LibraryTable, unknown[]>;
  const tables = { ...raw, assets: attachBlobs(files, raw.assets as AssetLine[], manifest.assetFiles) } as BackupContents;
  const dangling = checkReferences(tables);
  if (dangling) throw new BackupError(dangling);
  return { manifest, tables };
}
