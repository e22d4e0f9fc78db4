import { useCallback, useEffect, useRef, useState } from 'react';
import type { Id } from '../../../shared/model';
import { SaveTimer } from '../../ui/save-timer';
import type { CommentDraft } from './comment-draft';
import { clearCommentDraft, readCommentDraft, writeCommentDraft } from './comment-draft';

export type CommentAutosave = {
  /** What is in the field: the user's typing, which may be ahead of the stored comment. */
  typed: string;
  onType: (value: string) => void;
  /** Save now (the field lost focus). */
  flush: () => void;
  /** A draft from an earlier session that the stored comment has moved past: the user decides. */
  olderDraft: CommentDraft | null;
  useOlderDraft: () => void;
  discardOlderDraft: () => void;
};

/**
 * A quote's comment saves itself as the note does: after a pause, at least
 * every second while typing, on blur, when the card goes and when the window
 * closes (a local draft then, offered back on the next start). The typed value
 * and the stored one (`saved`, from the live query) stay distinct: the stored
 * one replaces the field only while nothing typed is unsaved.
 */
export function useCommentAutosave(quoteId: Id, saved: string, save: (comment: string) => Promise<unknown>): CommentAutosave {
  const [initial] = useState(() => startingPoint(quoteId, saved));
  const [typed, setTyped] = useState(initial.typed);
  const [olderDraft, setOlderDraft] = useState(initial.olderDraft);
  const typedRef = useRef(initial.typed);
  /** The comment as last written (or being written): typing that differs from it is unsaved. */
  const sentRef = useRef(saved);
  const savedRef = useRef(saved);
  const saveRef = useRef(save);
  saveRef.current = save;
  const flushRef = useRef(() => {});
  const [timer] = useState(() => new SaveTimer(() => flushRef.current()));

  const flush = useCallback(() => {
    timer.cancel();
    const comment = typedRef.current;
    if (comment === sentRef.current) return;
    sentRef.current = comment;
    writeCommentDraft(quoteId, { comment, savedComment: savedRef.current, writtenAt: Date.now() });
    saveRef.current(comment).then(
      () => {
        if (typedRef.current === comment) clearCommentDraft(quoteId);
      },
      () => {
        // The card shows the error; the draft stays, and the next edit or blur tries again.
        if (sentRef.current === comment) sentRef.current = savedRef.current;
      },
    );
  }, [quoteId, timer]);
  flushRef.current = flush;

  useEffect(() => {
    savedRef.current = saved;
    // Another window changed the comment while nothing typed here is unsaved: show theirs.
    if (typedRef.current === sentRef.current && saved !== sentRef.current) {
      sentRef.current = saved;
      typedRef.current = saved;
      setTyped(saved);
    }
  }, [saved]);

  useEffect(() => {
    if (initial.typed !== saved) flush();
    const onPageHide = () => {
      if (typedRef.current !== savedRef.current) writeCommentDraft(quoteId, { comment: typedRef.current, savedComment: savedRef.current, writtenAt: Date.now() });
      flush();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      flush();
    };
    // Runs once per card: `initial` and `saved` are read as the card opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quoteId, flush]);

  const onType = (value: string) => {
    typedRef.current = value;
    setTyped(value);
    timer.edited();
  };
  const settleOlderDraft = (use: boolean) => {
    if (use && olderDraft) onType(olderDraft.comment);
    else clearCommentDraft(quoteId);
    setOlderDraft(null);
  };
  return { typed, onType, flush, olderDraft, useOlderDraft: () => settleOlderDraft(true), discardOlderDraft: () => settleOlderDraft(false) };
}

/** Where the field starts: a draft that continues the stored comment is restored; one the comment has moved past is offered. */
function startingPoint(quoteId: Id, saved: string): { typed: string; olderDraft: CommentDraft | null } {
  const draft = readCommentDraft(quoteId);
  if (!draft || draft.comment === saved) {
    if (draft) clearCommentDraft(quoteId);
    return { typed: saved, olderDraft: null };
  }
  return draft.savedComment === saved ? { typed: draft.comment, olderDraft: null } : { typed: saved, olderDraft: draft };
}
