import { type Zippable, zipSync } from 'fflate';
import type { Asset } from '../../../shared/model';
import { LIBRARY_TABLES, type LibraryDb, type LibraryTable } from '../db';
import { toEntity } from '../entities';
import { CURRENT_VERSION } from '../migrations';
import { sha256Hex } from './checksums';
import { encodeJsonLines } from './jsonl';
import { BACKUP_FORMAT, BACKUP_VERSION } from './limits';
import type { AssetLine, Manifest } from './schema';

export type ExportOptions = { appVersion: string };

type Snapshot = Record<LibraryTable, unknown[]>;

/** Every table, read in one transaction so the backup is one consistent moment of the library. */
async function snapshot(db: LibraryDb): Promise<Snapshot> {
  return db.transaction('r', [...LIBRARY_TABLES], async () => {
    const entries = await Promise.all(LIBRARY_TABLES.map(async (table) => [table, await db.table(table).toArray()] as const));
    return Object.fromEntries(entries) as Snapshot;
  });
}

function assetLine(asset: Asset): AssetLine {
  const { blob, ...rest } = asset;
  return { ...rest, blob: blob ? { type: blob.type } : null };
}

/** Each entry's SHA-256, so an import can tell a damaged entry from a good one beyond what CRC-32 catches. */
async function digests(files: Zippable): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) out[name] = await sha256Hex((Array.isArray(file) ? file[0] : file) as Uint8Array);
  return out;
}

/** The whole library as one `.quire` file: a zip of manifest.json, one JSON Lines file per table and assets/<id>. */
export async function exportLibrary(db: LibraryDb, options: ExportOptions): Promise<Uint8Array> {
  const tables = await snapshot(db);
  const assets = tables.assets as Asset[];
  const files: Zippable = {};
  let assetFiles = 0;
  for (const asset of assets) {
    if (!asset.blob) continue;
    // Images are compressed already; storing them keeps export fast.
    files[`assets/${asset.id}`] = [new Uint8Array(await asset.blob.arrayBuffer()), { level: 0 }];
    assetFiles += 1;
  }
  const lines: Snapshot = { ...tables, assets: assets.map(assetLine), entities: (tables.entities as Parameters<typeof toEntity>[0][]).map(toEntity) };
  for (const table of LIBRARY_TABLES) files[`${table}.jsonl`] = encodeJsonLines(lines[table]);
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(db.now()).toISOString(),
    appVersion: options.appVersion,
    schemaVersion: CURRENT_VERSION,
    counts: Object.fromEntries(LIBRARY_TABLES.map((t) => [t, tables[t].length])) as Manifest['counts'],
    assetFiles,
    sha256: await digests(files),
  };
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  return zipSync(files, { level: 1 });
}

/** A file name for the export: quire-library-2026-11-27.quire */
export function backupFileName(now: number): string {
  return `quire-library-${new Date(now).toISOString().slice(0, 10)}.quire`;
}
