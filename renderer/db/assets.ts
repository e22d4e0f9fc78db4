import { newId } from '../../shared/ids';
import type { Asset, Id } from '../../shared/model';
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
