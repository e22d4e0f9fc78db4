import type { ClipDraft, ClipFailure } from '../../../shared/clip/types';
import type { Clip } from '../../../shared/model';
import { ShellError } from '../../../shared/shell';
import { clip, clipFetchedPage } from '../../clip/pipeline';
import type { ClipDeps } from '../../clip/pipeline';
import { findDuplicate } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import type { Shell } from '../../shell';
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
  | { status: 'failed'; message: string; bookmark?: ClipFailure['bookmark'] };

export type ClipContext = { db: LibraryDb; shell: Shell; deps: ClipDeps };

/** Runs one source through the pipeline and into the library, with the duplicate check the user decides on. */
export async function clipSource(source: PreparedSource, ctx: ClipContext, keepAsNewVersion = false): Promise<ClipOutcome> {
  let result;
  try {
    result = isUrlOnly(source)
      ? await clipFetchedPage(await ctx.shell.invoke('page:fetch', { url: source.input.url }), ctx.deps)
      : await clip(source.input, ctx.deps);
  } catch (error) {
    return { status: 'failed', message: readable(error) };
  }
  if (!result.ok) return { status: 'failed', message: result.error.message, bookmark: result.error.bookmark };
  return storeDraft(result.draft, source, ctx, keepAsNewVersion);
}

export async function storeDraft(draft: ClipDraft, source: PreparedSource, ctx: ClipContext, keepAsNewVersion = false): Promise<ClipOutcome> {
  try {
    if (!keepAsNewVersion) {
      const existing = await findDuplicate(ctx.db, draft);
      if (existing) return { status: 'duplicate', existing, draft, source, ...(await repairImages(existing, source, ctx)) };
    }
    const stored = await storeClip(ctx.db, draft, { fetchImage: shellImageFetcher(ctx.shell), resources: source.resources, keepAsNewVersion });
    suggestAfterClip(ctx.db, stored.clip);
    return { status: 'clipped', clip: stored.clip, warnings: draft.warnings, missingImages: stored.missingImages };
  } catch (error) {
    return { status: 'failed', message: `The clip was not saved: ${readable(error)}` };
  }
}

/** The library's copy of a clip whose images were cut off (a crash, a failed download) gets them when the same page comes again. */
async function repairImages(existing: Clip, source: PreparedSource, ctx: ClipContext): Promise<{ repairedImages: number; missingImages: string[] }> {
  const before = await missingImagesOf(ctx.db, existing);
  if (before.length === 0) return { repairedImages: 0, missingImages: [] };
  try {
    const missingImages = await completeClipImages(ctx.db, existing, { fetchImage: shellImageFetcher(ctx.shell), resources: source.resources });
    return { repairedImages: before.length - missingImages.length, missingImages };
  } catch (error) {
    // The clip is there either way; the reader still offers the retry.
    console.error('Completing the images of the clip failed:', error);
    return { repairedImages: 0, missingImages: before };
  }
}

export function shellImageFetcher(shell: Shell): ImageFetcher {
  return async (url) => {
    const page = await shell.invoke('page:fetch', { url });
    if (page.status < 200 || page.status >= 300) throw new Error(`The image answered ${page.status}.`);
    return { bytes: page.bytes, contentType: page.contentType };
  };
}

function readable(error: unknown): string {
  if (error instanceof ShellError) {
    return error.code === 'bad-url' || error.code === 'invalid-args' ? error.message : `The page could not be fetched: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
