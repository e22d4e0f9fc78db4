import type { ClipDraft, ClipFailure } from '../../../shared/clip/types';
import type { Clip } from '../../../shared/model';
import { ShellError } from '../../../shared/shell';
import type { ShellArgs } from '../../../shared/shell';
import { clip, clipFetchedPage } from '../../clip/pipeline';
import type { ClipDeps } from '../../clip/pipeline';
import { findDuplicate } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import type { Shell } from '../../shell';
import { isUrlOnly } from './sources';
import type { PreparedSource } from './sources';
import { storeClip } from './store-clip';
import type { ImageFetcher } from './store-clip';
import { suggestAfterClip } from '../suggestions/store';

export type ClipOutcome =
  | { status: 'clipped'; clip: Clip; warnings: string[]; missingImages: string[] }
  | { status: 'duplicate'; existing: Clip; draft: ClipDraft; source: PreparedSource }
  | { status: 'failed'; message: string; bookmark?: ClipFailure['bookmark'] }
  /** The link is on this computer or its networks: the user decides, and `source` is what to clip if they go on. */
  | { status: 'local-address'; message: string; source: PreparedSource };

export type ClipContext = { db: LibraryDb; shell: Shell; deps: ClipDeps };

/** Runs one source through the pipeline and into the library, with the duplicate check the user decides on. */
export async function clipSource(source: PreparedSource, ctx: ClipContext, keepAsNewVersion = false): Promise<ClipOutcome> {
  let result;
  try {
    result = isUrlOnly(source)
      ? await clipFetchedPage(await ctx.shell.invoke('page:fetch', fetchArgs(source.input.url, source.allowLocal)), ctx.deps)
      : await clip(source.input, ctx.deps);
  } catch (error) {
    if (error instanceof ShellError && error.code === 'local-address' && !source.allowLocal) {
      return { status: 'local-address', message: error.message, source: { ...source, allowLocal: true } };
    }
    return { status: 'failed', message: readable(error) };
  }
  if (!result.ok) return { status: 'failed', message: result.error.message, bookmark: result.error.bookmark };
  return storeDraft(result.draft, source, ctx, keepAsNewVersion);
}

export async function storeDraft(draft: ClipDraft, source: PreparedSource, ctx: ClipContext, keepAsNewVersion = false): Promise<ClipOutcome> {
  try {
    if (!keepAsNewVersion) {
      const existing = await findDuplicate(ctx.db, draft);
      if (existing) return { status: 'duplicate', existing, draft, source };
    }
    const stored = await storeClip(ctx.db, draft, { fetchImage: shellImageFetcher(ctx.shell), resources: source.resources, keepAsNewVersion });
    suggestAfterClip(ctx.db, stored.clip);
    return { status: 'clipped', clip: stored.clip, warnings: draft.warnings, missingImages: stored.missingImages };
  } catch (error) {
    return { status: 'failed', message: `The clip was not saved: ${readable(error)}` };
  }
}

function fetchArgs(url: string, allowLocal: boolean | undefined): ShellArgs<'page:fetch'> {
  return allowLocal ? { url, allowLocal: true } : { url };
}

/** Never with allowLocal: a page's images are named by the page, and the user confirmed only the link they gave. */
function shellImageFetcher(shell: Shell): ImageFetcher {
  return async (url) => {
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
