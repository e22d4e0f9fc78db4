import type { Id } from '../../../shared/model';

/**
 * A quote comment typed and not yet stored, kept in localStorage because the
 * window may be closing: an IndexedDB write started in `pagehide` is cut off
 * when the page goes, localStorage is written at once. `savedComment` is the
 * stored comment the typing started from, so the next start can tell whether
 * the draft simply continues it or the comment was changed elsewhere since.
 */
export type CommentDraft = { comment: string; savedComment: string; writtenAt: number };

const key = (quoteId: Id) => `quire:quote-comment:${quoteId}`;

export function writeCommentDraft(quoteId: Id, draft: CommentDraft): void {
  try {
    localStorage.setItem(key(quoteId), JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the IndexedDB save is still under way.
  }
}

export function clearCommentDraft(quoteId: Id): void {
  try {
    localStorage.removeItem(key(quoteId));
  } catch {
    // Nothing to clear.
  }
}

export function readCommentDraft(quoteId: Id): CommentDraft | null {
  try {
    const draft = JSON.parse(localStorage.getItem(key(quoteId)) ?? 'null') as Partial<CommentDraft> | null;
    if (draft && typeof draft.comment === 'string' && typeof draft.savedComment === 'string') return { writtenAt: 0, ...draft } as CommentDraft;
  } catch {
    // A damaged draft is worth less than the stored comment.
  }
  clearCommentDraft(quoteId);
  return null;
}
