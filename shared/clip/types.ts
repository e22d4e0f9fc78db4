/**
 * What the clipper hands to storage, and how it says no.
 *
 * A `ClipDraft` is a {@link Clip} before it is stored: no id or timestamps, no
 * user state (tags, read state, progress), plus what the clipper found that
 * storage still has to act on (images to download, warnings to show).
 */
import type { Clip } from '../model';

export type ClipImage = { src: string; alt: string };

export type ClipDraft = Omit<
  Clip,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'tags' | 'readState' | 'readingProgress'
> & {
  /** Images referenced by the sanitized html, absolute URLs, in order of appearance. */
  images: ClipImage[];
  /** Things the user may want to know (charset guessed, markup truncated...). */
  warnings: string[];
};

export const CLIP_ERROR_CODES = ['empty', 'binary', 'too-large', 'too-long', 'not-an-article', 'http-error', 'unreadable', 'cancelled'] as const;
export type ClipErrorCode = (typeof CLIP_ERROR_CODES)[number];

/** Why a page could not become a clip; `message` is written for the user. */
export type ClipFailure = {
  code: ClipErrorCode;
  message: string;
  /** For `not-an-article` and `http-error`: the page can still be kept as a bookmark with this title. */
  bookmark?: { url: string; title: string };
};

export type ClipResult = { ok: true; draft: ClipDraft } | { ok: false; error: ClipFailure };

/** Above this the clipper refuses before parsing: no real article is this big. */
export const CLIP_MAX_BYTES = 20 * 1024 * 1024;

/**
 * An article longer than this is refused: no article is, and every stage after
 * extraction grows with the text (a 3-million-word page froze the window for 40 s).
 */
export const CLIP_MAX_WORDS = 150_000;
/** Visible page text beyond this is refused before extraction, the stage that cannot be paused. */
export const CLIP_MAX_PAGE_TEXT = 5_000_000;

/** What the clipper is doing, for the progress a user sees. */
export type ClipStage = 'reading' | 'extracting' | 'cleaning' | 'saving';
