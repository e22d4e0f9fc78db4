import type { ClipDraft, ClipFailure, ClipStage } from '../../../shared/clip/types';
import type { Clip } from '../../../shared/model';
import { ShellError } from '../../../shared/shell';
import type { ShellArgs } from '../../../shared/shell';
import { clip, clipFetchedPage } from '../../clip/pipeline';
import type { ClipDeps, ClipOptions } from '../../clip/pipeline';
import { clipFailures } from '../../clip/errors';
import { findDuplicate } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import type { Shell } from '../../shell';
import { httpStatusFailure } from './http-status';
import { isUrlOnly } from './sources';
import type { PreparedSource } from './sources';
import { missingImagesOf } from '../../db/assets';
import { completeClipImages, storeClip } from './store-clip';
import type { ImageFetcher } from './store-clip';
import { suggestAfterClip } from '../suggestions/store';

export type ClipOutcome =
  | { status: 'clipped'; clip: Clip; warnings: string[]; missingImages: string[] }
  /** `repairedImages`: images the library's copy was missing that this attempt stored; `missingImages`: those still missing. */
  | { status: 'duplicate'; existing: Clip; draft: ClipDraft; source: PreparedSource; repairedImages: number; missingImages: string[] }
  | { status: 'failed'; message: string; bookmark?: ClipFailure['bookmark'] }
  /** The link is on this computer or its networks: the user decides, and `source` is what to clip if they go on. */
  | { status: 'local-address'; message: string; source: PreparedSource };

export type ClipContext = { db: LibraryDb; shell: Shell; deps: ClipDeps };

/** What a clip is doing, for its progress: the pipeline's stages, and the fetch before them. */
export type ClipProgress = ClipStage | 'fetching';
export type ClipFlowOptions = { signal?: AbortSignal; onProgress?: (progress: ClipProgress) => void };

/** Runs one source through the pipeline and into the library, with the duplicate check the user decides on. */
export async function clipSource(source: PreparedSource, ctx: ClipContext, keepAsNewVersion = false, options: ClipFlowOptions = {}): Promise<ClipOutcome> {
  const pipeline: ClipOptions = { signal: options.signal, onStage: options.onProgress };
  let result;
  try {
    if (isUrlOnly(source)) {
      options.onProgress?.('fetching');
      const page = await ctx.shell.invoke('page:fetch', fetchArgs(source.input.url, source.allowLocal));
      const refusal = httpStatusFailure(page);
      if (options.signal?.aborted) return failed(clipFailures.cancelled());
      result = refusal ? { ok: false as const, error: refusal } : await clipFetchedPage(page, ctx.deps, pipeline);
    } else {
      result = await clip(source.input, ctx.deps, pipeline);
    }
  } catch (error) {
    if (error instanceof ShellError && error.code === 'local-address' && !source.allowLocal) {
      return { status: 'local-address', message: error.message, source: { ...source, allowLocal: true } };
    }
    return { status: 'failed', message: readable(error) };
  }
  if (!result.ok) return failed(result.error);
  options.onProgress?.('saving');
  return storeDraft(result.draft, source, ctx, keepAsNewVersion, options.signal);
}

function failed(error: ClipFailure): ClipOutcome {
  return { status: 'failed', message: error.message, bookmark: error.bookmark };
}

/** A bookmark holds no text: an article of its address is what the user hoped for then, not a duplicate of it. */
const isBookmark = (clip: Clip) => clip.text === '' && clip.html === '';

export async function storeDraft(draft: ClipDraft, source: PreparedSource, ctx: ClipContext, keepAsNewVersion = false, signal?: AbortSignal): Promise<ClipOutcome> {
  try {
    let keepBoth = keepAsNewVersion;
    if (!keepAsNewVersion) {
      let existing = await findDuplicate(ctx.db, draft);
      // Its address names a bookmark: the article may still be in the library by its text.
      if (existing && isBookmark(existing) && draft.text !== '') existing = (await findDuplicate(ctx.db, { canonicalUrl: '', contentHash: draft.contentHash })) ?? existing;
      if (existing && !(isBookmark(existing) && draft.text !== '')) return { status: 'duplicate', existing, draft, source, ...(await repairImages(existing, source, ctx, signal)) };
      keepBoth = existing !== undefined;
    }
    const fetchImage = shellImageFetcher(ctx.shell, signal);
    const stored = await storeClip(ctx.db, draft, { fetchImage, resources: source.resources, keepAsNewVersion: keepBoth });
    suggestAfterClip(ctx.db, stored.clip);
    return { status: 'clipped', clip: stored.clip, warnings: draft.warnings, missingImages: stored.missingImages };
  } catch (error) {
    return { status: 'failed', message: `The clip was not saved: ${readable(error)}` };
  }
}

/** The library's copy of a clip whose images were cut off (a crash, a failed download) gets them when the same page comes again. */
async function repairImages(existing: Clip, source: PreparedSource, ctx: ClipContext, signal?: AbortSignal): Promise<{ repairedImages: number; missingImages: string[] }> {
  const before = await missingImagesOf(ctx.db, existing);
  if (before.length === 0) return { repairedImages: 0, missingImages: [] };
  try {
    const missingImages = await completeClipImages(ctx.db, existing, { fetchImage: shellImageFetcher(ctx.shell, signal), resources: source.resources });
    return { repairedImages: before.length - missingImages.length, missingImages };
  } catch (error) {
    // The clip is there either way; the reader still offers the retry.
    console.error('Completing the images of the clip failed:', error);
    return { repairedImages: 0, missingImages: before };
  }
}

function fetchArgs(url: string, allowLocal: boolean | undefined): ShellArgs<'page:fetch'> {
  return allowLocal ? { url, allowLocal: true } : { url };
}

/**
 * Never with allowLocal: a page's images are named by the page, and the user confirmed only the link they gave.
 * A cancel while images download stops the rest of them: the clip itself is kept, its missing images listed.
 */
export function shellImageFetcher(shell: Shell, signal?: AbortSignal): ImageFetcher {
  return async (url) => {
    if (signal?.aborted) throw new Error('Cancelled before it was downloaded.');
    const page = await shell.invoke('page:fetch', { url });
    if (page.status < 200 || page.status >= 300) throw new Error(`The image answered ${page.status}.`);
    return { bytes: page.bytes, contentType: page.contentType };
  };
}

function readable(error: unknown): string {
  if (error instanceof ShellError) {
    return error.code === 'bad-url' || error.code === 'invalid-args' || error.code === 'local-address'
      ? error.message
      : `The page could not be fetched: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
