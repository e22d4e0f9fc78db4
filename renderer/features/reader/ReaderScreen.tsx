import { useCallback, useEffect, useMemo, useState } from 'react';
import { anchorQuote, describeQuote } from '../../../shared/anchor/anchor';
import type { Anchor } from '../../../shared/anchor/anchor';
import type { Clip, Quote } from '../../../shared/model';
import { getClip } from '../../db/clips';
import { listEntities } from '../../db/entities';
import { createQuote, listQuotesOfClip } from '../../db/quotes';
import { EmptyState } from '../../app/EmptyState';
import { liveValue, useLibraryDb, useLive } from '../library/library-db';
import { QuotePanel } from '../quotes/QuotePanel';
import { ReaderSuggestionsContext, suggestionId, useReaderSuggestions } from '../suggestions/reader-suggestions';
import type { Highlight } from './highlight';
import { ReaderFrame } from './ReaderFrame';
import { MissingImages } from './MissingImages';
import { ReaderHeader } from './ReaderHeader';
import { useReadingProgress } from './useReadingProgress';
import './reader.css';

export function ReaderScreen({ clipId, quoteId }: { clipId: string; quoteId: string | null }) {
  const clip = useLive((db) => getClip(db, clipId), [clipId], ['clips']);
  if (clip.status === 'loading') return <p className="loading">Opening the clip…</p>;
  if (clip.status === 'error') return <p role="alert">This clip could not be opened: {clip.message}</p>;
  if (!clip.value || clip.value.deletedAt !== null) {
    return (
      <EmptyState title="This clip is not in your library">
        <p>It may have been moved to the trash. <a href="#/library">Back to the Library</a></p>
      </EmptyState>
    );
  }
  return <Reader clip={clip.value} initialQuoteId={quoteId} />;
}

function Reader({ clip, initialQuoteId }: { clip: Clip; initialQuoteId: string | null }) {
  const db = useLibraryDb();
  const quotes = liveValue(useLive((d) => listQuotesOfClip(d, clip.id), [clip.id], ['quotes']), [] as Quote[]);
  const entities = liveValue(useLive((d) => listEntities(d), [], ['entities']), []);
  const [activeQuoteId, setActiveQuoteId] = useState<string | null>(initialQuoteId);
  const [scrollRequest, setScrollRequest] = useState(initialQuoteId ? 1 : 0);
  const [error, setError] = useState<string | null>(null);
  const onProgress = useReadingProgress(clip);

  useEffect(() => {
    document.title = `${clip.title || 'Clip'} · Quire`;
  }, [clip.title]);

  const anchors = useMemo(() => new Map<string, Anchor>(quotes.map((q) => [q.id, anchorQuote(clip.text, q.selector)])), [quotes, clip.text]);
  const suggestions = useReaderSuggestions(clip, quotes, anchors);
  const highlights = useMemo(
    () => [
      ...quotes.flatMap((q): Highlight[] => {
        const anchor = anchors.get(q.id);
        return anchor && !anchor.orphaned ? [{ id: q.id, start: anchor.start, end: anchor.end, colour: q.colour }] : [];
      }),
      ...suggestions.pending.map((s): Highlight => ({ kind: 'suggestion', id: suggestionId(s), start: s.start, end: s.end })),
    ],
    [quotes, anchors, suggestions.pending],
  );
  const { setFocus } = suggestions;
  const onSuggestion = useCallback((id: string, how: 'hover' | 'click') => setFocus(id, how === 'hover' ? 'text-hover' : 'text-click'), [setFocus]);

  const onQuote = useCallback(
    (start: number, end: number) => {
      setError(null);
      createQuote(db, { clipId: clip.id, text: clip.text.slice(start, end), selector: describeQuote(clip.text, start, end) }).then(
        (quote) => setActiveQuoteId(quote.id),
        (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
      );
    },
    [db, clip.id, clip.text],
  );
  const onSelectQuote = useCallback((id: string) => setActiveQuoteId(id), []);
  const activate = (id: string) => {
    setActiveQuoteId(id);
    setScrollRequest((n) => n + 1);
  };

  useEffect(() => {
    if (!activeQuoteId) return;
    document.querySelector(`.quote-card[data-quote-id="${CSS.escape(activeQuoteId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeQuoteId, quotes]);

  return (
    <div className="reader-layout">
      <div className="reader-main">
        <ReaderHeader clip={clip} />
        <MissingImages clip={clip} />
        {error ? <p role="alert" className="error-text">The quote was not saved: {error}</p> : null}
        <ReaderFrame
          clip={clip}
          highlights={highlights}
          activeQuoteId={activeQuoteId}
          scrollRequest={scrollRequest}
          onQuote={onQuote}
          onSelectQuote={onSelectQuote}
          activeSuggestionId={suggestions.focus?.id ?? null}
          suggestionScroll={suggestions.textScroll}
          onSuggestion={onSuggestion}
          onProgress={onProgress}
        />
      </div>
      <ReaderSuggestionsContext value={suggestions}>
        <QuotePanel clip={clip} quotes={quotes} anchors={anchors} entities={entities} activeQuoteId={activeQuoteId} onActivate={activate} />
      </ReaderSuggestionsContext>
    </div>
  );
}
