import type { Id } from '../../../shared/model';
import type { LibraryDb } from '../../db/db';
import { getQuote } from '../../db/quotes';

/**
 * A quote comment typed and not yet stored, kept in localStorage because the
 * window may be closing: an IndexedDB write started in `pagehide` is cut off
 * when the page goes, localStorage is written at once. `savedComment` is the
 * stored comment the typing started from, so the next start can tell whether
 * the draft simply continues it or the comment was changed elsewhere since.
 */
export type CommentDraft = { comment: string; savedComment: string; writtenAt: number };

const PREFIX = 'quire:quote-comment:';
const key = (quoteId: Id) => `${PREFIX}${quoteId}`;

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

/** After the trash is emptied: the unsaved comment of a quote deleted for good must not outlive it. */
export async function dropCommentDraftsOfDeletedQuotes(db: LibraryDb): Promise<void> {
  let ids: Id[];
  try {
    ids = Object.keys(localStorage).filter((name) => name.startsWith(PREFIX)).map((name) => name.slice(PREFIX.length));
  } catch {
    return;
  }
  for (const id of ids) if (!(await getQuote(db, id))) clearCommentDraft(id);
}
