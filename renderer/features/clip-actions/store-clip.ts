import type { MhtmlPart } from '../../../shared/import/mhtml';
import type { ClipDraft as PipelineDraft } from '../../../shared/clip/types';
import type { Clip } from '../../../shared/model';
import { addAssets } from '../../db/assets';
import type { AssetDraft } from '../../db/assets';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';

export type FetchedImage = { bytes: Uint8Array; contentType: string };
export type ImageFetcher = (url: string) => Promise<FetchedImage>;

export type StoreOptions = {
  fetchImage: ImageFetcher;
  /** Images that came inside the source (an .mhtml's parts), used before any download. */
  resources?: MhtmlPart[];
  keepAsNewVersion?: boolean;
};

export type StoredClip = { clip: Clip; created: boolean; missingImages: string[] };

/** A clip keeps at most this many images; the rest show as their alt text. */
const MAX_IMAGES = 40;
const CONCURRENT_DOWNLOADS = 4;

/**
 * Stores a clip and then its images as local assets, so reading makes no
 * network request. The sanitized html is not edited: the reader finds each
 * image's asset by its source URL. A missing image is recorded, not fatal.
 */
export async function storeClip(db: LibraryDb, draft: PipelineDraft, options: StoreOptions): Promise<StoredClip> {
  const { images, warnings: _warnings, ...record } = draft;
  const { clip, created } = await addClip(db, record, { keepAsNewVersion: options.keepAsNewVersion ?? false });
  if (!created) return { clip, created, missingImages: [] };

  const sources = [...new Set(images.map((image) => image.src).filter((src) => /^https?:/i.test(src)))].slice(0, MAX_IMAGES);
  const assets = await mapLimited(sources, CONCURRENT_DOWNLOADS, (src) => imageAsset(clip.id, src, options));
  if (assets.length > 0) await addAssets(db, assets);
  return { clip, created, missingImages: assets.filter((a) => a.blob === null).map((a) => a.sourceUrl) };
}

async function imageAsset(clipId: string, src: string, options: StoreOptions): Promise<AssetDraft> {
  const carried = options.resources?.find((part) => part.location === src && part.contentType.startsWith('image/'));
  if (carried) return { clipId, sourceUrl: src, mimeType: carried.contentType, blob: new Blob([carried.bytes as Uint8Array<ArrayBuffer>], { type: carried.contentType }) };
  try {
    const { bytes, contentType } = await options.fetchImage(src);
    if (!contentType.startsWith('image/')) {
      return { clipId, sourceUrl: src, mimeType: contentType, blob: null, error: `Not an image (${contentType || 'no type'}).` };
    }
    return { clipId, sourceUrl: src, mimeType: contentType, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }) };
  } catch (error) {
    return { clipId, sourceUrl: src, mimeType: '', blob: null, error: error instanceof Error ? error.message : String(error) };
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
