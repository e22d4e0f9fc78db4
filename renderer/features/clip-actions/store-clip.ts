import { decodeDataImage, imageSourceKey, isDataUrl } from '../../../shared/clip/data-image';
import type { MhtmlPart } from '../../../shared/import/mhtml';
import type { ClipDraft as PipelineDraft } from '../../../shared/clip/types';
import type { Clip } from '../../../shared/model';
import { checkImageBytes } from '../../clip/image-bytes';
import type { AssetDraft } from '../../db/assets';
import { missingImagesOf, saveClipImages } from '../../db/assets';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';

export type FetchedImage = { bytes: Uint8Array; contentType: string };
export type ImageFetcher = (url: string) => Promise<FetchedImage>;

export type ImageSources = {
  fetchImage: ImageFetcher;
  /** Images that came inside the source (an .mhtml's parts), used before any download. */
  resources?: MhtmlPart[];
};
export type StoreOptions = ImageSources & { keepAsNewVersion?: boolean };

export type StoredClip = { clip: Clip; created: boolean; missingImages: string[] };

/** A clip keeps at most this many images; the rest show as their alt text. */
const MAX_IMAGES = 40;
const CONCURRENT_DOWNLOADS = 4;

/**
 * Stores a clip and then its images as local assets, so reading makes no network
 * request. The clip is written first with the list of its images still to store,
 * so that if the window dies during the downloads, the clip says so and a retry
 * (or importing it again) completes it. The sanitized html is not edited: the
 * reader finds each image's asset by its source (imageSourceKey). A missing image
 * is recorded, not fatal.
 */
export async function storeClip(db: LibraryDb, draft: PipelineDraft, options: StoreOptions): Promise<StoredClip> {
  const { images, warnings: _warnings, ...record } = draft;
  const sources = storableSources(images.map((image) => image.src));
  const pending = sources.map(imageSourceKey);
  const { clip, created } = await addClip(db, pending.length > 0 ? { ...record, missingImages: pending } : record, {
    keepAsNewVersion: options.keepAsNewVersion ?? false,
  });
  if (!created || sources.length === 0) return { clip, created, missingImages: [] };
  return { clip, created, missingImages: await fetchAndSave(db, clip.id, sources, options) };
}

/**
 * Fetches the images of a stored clip that are missing (cut off by a crash, or
 * failed), and saves what lands. Returns the images still missing afterwards.
 */
export async function completeClipImages(db: LibraryDb, clip: Clip, options: ImageSources): Promise<string[]> {
  const missing = new Set(await missingImagesOf(db, clip));
  if (missing.size === 0) return [];
  const named = imageSourcesOf(clip.html).filter((src) => missing.has(imageSourceKey(src)));
  const sources = [...new Set([...named, ...[...missing].filter((key) => /^https?:/i.test(key))])];
  return fetchAndSave(db, clip.id, sources, options);
}

async function fetchAndSave(db: LibraryDb, clipId: string, sources: string[], options: ImageSources): Promise<string[]> {
  const assets = await mapLimited(sources, CONCURRENT_DOWNLOADS, (src) => imageAsset(clipId, src, options));
  return saveClipImages(db, clipId, assets);
}

/** Downloadable and inline images, each once, in order, at most MAX_IMAGES. */
function storableSources(srcs: string[]): string[] {
  return [...new Set(srcs.filter((src) => /^https?:/i.test(src) || isDataUrl(src)))].slice(0, MAX_IMAGES);
}

/** The images a stored clip's html names, as the clipper collected them. */
function imageSourcesOf(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return storableSources([...doc.querySelectorAll('img[src]')].map((img) => img.getAttribute('src') ?? ''));
}

async function imageAsset(clipId: string, src: string, options: ImageSources): Promise<AssetDraft> {
  const sourceUrl = imageSourceKey(src);
  const failed = (error: string, mimeType = ''): AssetDraft => ({ clipId, sourceUrl, mimeType, blob: null, error });
  let bytes: Uint8Array;
  let declared: string;
  if (isDataUrl(src)) {
    const decoded = decodeDataImage(src);
    if (!decoded.ok) return failed(decoded.error);
    ({ bytes, declaredType: declared } = decoded);
  } else {
    const carried = options.resources?.find((part) => part.location === src);
    try {
      ({ bytes, contentType: declared } = carried ? { bytes: carried.bytes, contentType: carried.contentType } : await options.fetchImage(src));
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
  }
  const checked = checkImageBytes(bytes, declared);
  return checked.ok ? { clipId, sourceUrl, mimeType: checked.mimeType, blob: checked.blob } : failed(checked.error, declared);
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
