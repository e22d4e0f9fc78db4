/**
 * The open clip's suggestions, shared by the two halves of the reader: the
 * article underlines the pending quotes, the Suggestions panel lists them, and
 * a focus they both follow links an underline to its card.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Anchor } from '../../../shared/anchor/anchor';
import type { Clip, Quote } from '../../../shared/model';
import type { QuoteSuggestion } from '../../../shared/suggest';
import { listEntities } from '../../db/entities';
import { listTrashedQuotesOfClip } from '../../db/quotes';
import { liveValue, useLive } from '../library/library-db';
import { listRejectedQuotes, sameQuote } from './store';
import type { RejectedQuote } from './store';
import { useSuggestions } from './useSuggestions';
import type { SuggestionState } from './useSuggestions';

/** Where a suggestion got the focus from: the article (hovered or clicked underline) or the panel. */
export type FocusOrigin = 'text-hover' | 'text-click' | 'panel';
export type SuggestionFocus = { id: string; origin: FocusOrigin };
/** Asks the article to scroll to a suggestion; `seq` makes the same ask twice scroll twice. */
export type TextScroll = { id: string; seq: number; block: ScrollLogicalPosition };

export type ReaderSuggestions = {
  state: SuggestionState;
  /** Rejections as stored, or null while they load. */
  rejected: readonly RejectedQuote[] | null;
  /** The quotes still awaiting a decision, in text order (empty until ready). */
  pending: readonly QuoteSuggestion[];
  focus: SuggestionFocus | null;
  setFocus: (id: string | null, origin?: FocusOrigin) => void;
  textScroll: TextScroll | null;
  showInText: (id: string, block?: ScrollLogicalPosition) => void;
};

/** A suggestion's id: its span, which is what the article marks and the panel keys on. */
export const suggestionId = (s: Pick<QuoteSuggestion, 'start' | 'end'>) => `${s.start}-${s.end}`;

/** A suggestion is already taken when a stored quote covers most of it. */
function alreadyQuoted(s: QuoteSuggestion, quotes: readonly Quote[], anchors: ReadonlyMap<string, Anchor>): boolean {
  return quotes.some((q) => {
    const a = anchors.get(q.id);
    if (!a || a.orphaned) return q.text === s.text;
    const overlap = Math.min(a.end, s.end) - Math.max(a.start, s.start);
    return overlap > (s.end - s.start) / 2;
  });
}

const asDecided = (quote: Quote): RejectedQuote => ({ start: quote.selector.position.start, end: quote.selector.position.end, text: quote.text });

export function useReaderSuggestions(clip: Clip, quotes: readonly Quote[], anchors: ReadonlyMap<string, Anchor>): ReaderSuggestions {
  // The catalog as loaded (not an empty list while loading), so the worker runs once per real version.
  const catalog = useLive((d) => listEntities(d), [], ['entities']);
  const state = useSuggestions(clip, catalog.status === 'ready' ? catalog.value : null);
  const rejected = liveValue(useLive((d) => listRejectedQuotes(d, clip.id), [clip.id], ['settings']), null);
  // A quote the user deleted is a passage already decided on: not offered again while it is in the trash (Undo or Restore bring it back).
  const trashed = liveValue(useLive((d) => listTrashedQuotesOfClip(d, clip.id), [clip.id], ['quotes']), null);
  const [focus, setFocusState] = useState<SuggestionFocus | null>(null);
  const [textScroll, setTextScroll] = useState<TextScroll | null>(null);

  const pending = useMemo(
    () =>
      state.status === 'ready' && rejected && trashed
        ? state.suggestions.quotes.filter(
            (s) => !rejected.some((r) => sameQuote(r, s)) && !trashed.some((q) => sameQuote(asDecided(q), s)) && !alreadyQuoted(s, quotes, anchors),
          )
        : [],
    [state, rejected, trashed, quotes, anchors],
  );
  const setFocus = useCallback((id: string | null, origin: FocusOrigin = 'panel') => {
    setFocusState((current) => (id === null ? null : current?.id === id && current.origin === origin ? current : { id, origin }));
  }, []);
  const showInText = useCallback((id: string, block: ScrollLogicalPosition = 'center') => {
    setTextScroll((current) => ({ id, seq: (current?.seq ?? 0) + 1, block }));
  }, []);

  // A focus on a suggestion that was just decided points at nothing.
  const live = focus && pending.some((s) => suggestionId(s) === focus.id) ? focus : null;
  return { state, rejected, pending, focus: live, setFocus, textScroll, showInText };
}

export const ReaderSuggestionsContext = createContext<ReaderSuggestions | null>(null);

export function useReaderSuggestionsContext(): ReaderSuggestions {
  const value = useContext(ReaderSuggestionsContext);
  if (!value) throw new Error('The Suggestions panel is only shown inside the reader.');
  return value;
}
