import { newId } from '../../shared/ids';
import type { Asset, Clip, Id } from '../../shared/model';
import type { LibraryDb } from './db';
import { LibraryRuleError, write } from './write';

export type AssetDraft = Pick<Asset, 'clipId' | 'sourceUrl' | 'mimeType' | 'blob'> & Partial<Pick<Asset, 'error'>>;

/** Stores a clip's images; the clip must be live. Sizes come from the blobs, not the caller. */
export async function addAssets(db: LibraryDb, drafts: AssetDraft[]): Promise<Asset[]> {
  return write(db, 'the images of the clip', ['clips', 'assets'], async (changes) => {
    const clips = await db.clips.bulkGet([...new Set(drafts.map((d) => d.clipId))]);
    if (clips.some((c) => !c || c.deletedAt !== null)) throw new LibraryRuleError('The clip these images belong to is in the trash or no longer exists.');
    const now = db.now();
    const assets = drafts.map(
      (draft): Asset => ({ error: null, ...draft, size: draft.blob?.size ?? 0, id: newId(now), createdAt: now, updatedAt: now, deletedAt: null }),
    );
    await db.assets.bulkAdd(assets);
    changes.touch('assets', ...assets.map((a) => a.id));
    return assets;
  });
}

export function getAsset(db: LibraryDb, id: Id): Promise<Asset | undefined> {
  return db.assets.get(id);
}

export function listAssetsOfClip(db: LibraryDb, clipId: Id): Promise<Asset[]> {
  return db.assets.where('clipId').equals(clipId).filter((a) => a.deletedAt === null).toArray();
}

/** A clip's images that are not stored: those its record lists as missing, and those whose download failed (clips made before the list). */
export async function missingImagesOf(db: LibraryDb, clip: Clip): Promise<string[]> {
  const assets = await listAssetsOfClip(db, clip.id);
  const failed = assets.filter((a) => a.blob === null).map((a) => a.sourceUrl);
  const stored = new Set(assets.filter((a) => a.blob !== null).map((a) => a.sourceUrl));
  return [...new Set([...(clip.missingImages ?? []), ...failed])].filter((source) => !stored.has(source));
}

/**
 * Saves the outcome of fetching some of a clip's images, in one transaction with the
 * clip's list of missing images: an image that landed replaces its failure record and
 * leaves the list; one that failed again keeps (or gets) a record saying why.
 * Returns the images still missing.
 */
export async function saveClipImages(db: LibraryDb, clipId: Id, drafts: AssetDraft[]): Promise<string[]> {
  return write(db, 'the images of the clip', ['clips', 'assets'], async (changes) => {
    const clip = await db.clips.get(clipId);
    if (!clip || clip.deletedAt !== null) throw new LibraryRuleError('The clip these images belong to is in the trash or no longer exists.');
    const existing = new Map((await listAssetsOfClip(db, clipId)).map((a) => [a.sourceUrl, a]));
    const now = db.now();
    const rows: Asset[] = [];
    for (const draft of drafts) {
      const old = existing.get(draft.sourceUrl);
      if (old?.blob) continue;
      const fields = { error: null, ...draft, size: draft.blob?.size ?? 0, updatedAt: now };
      const row: Asset = old ? { ...old, ...fields } : { ...fields, id: newId(now), createdAt: now, deletedAt: null };
      rows.push(row);
      existing.set(row.sourceUrl, row);
    }
    await db.assets.bulkPut(rows);
    changes.touch('assets', ...rows.map((a) => a.id));
    const failed = [...existing.values()].filter((a) => a.blob === null).map((a) => a.sourceUrl);
    const missing = [...new Set([...(clip.missingImages ?? []), ...failed])].filter((source) => !existing.get(source)?.blob);
    const { missingImages: before = [], ...rest } = clip;
    if (missing.join('\n') !== before.join('\n')) {
      await db.clips.put(missing.length > 0 ? { ...rest, missingImages: missing, updatedAt: now } : { ...rest, updatedAt: now });
      changes.touch('clips', clipId);
    }
    return missing;
  });
}
