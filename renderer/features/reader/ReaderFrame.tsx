import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Clip } from '../../../shared/model';
import { buildFrameDocument } from './frame-document';
import type { TextScroll } from '../suggestions/reader-suggestions';
import { applyHighlights, firstMarkOf, firstSuggestionMarkOf, idsOfMark, scrollFrameTo } from './highlight';
import type { Highlight } from './highlight';
import { rangeToTextOffsets } from './text-map';
import type { TextMap } from './text-map';
import { useAssetUrls } from './useAssetUrls';
import { useFrameDocument } from './useFrameDocument';
import { useShell } from '../../shell';

type ReaderFrameProps = {
  clip: Clip;
  highlights: Highlight[];
  activeQuoteId: string | null;
  /** Bumped to scroll the active quote into view. */
  scrollRequest: number;
  onQuote: (start: number, end: number) => void;
  onSelectQuote: (quoteId: string) => void;
  /** The suggested quote whose card has the focus, its underline drawn stronger. */
  activeSuggestionId: string | null;
  suggestionScroll: TextScroll | null;
  /** A suggested quote's underline was hovered or clicked. */
  onSuggestion: (suggestionId: string, how: 'hover' | 'click') => void;
  onProgress: (progress: number) => void;
};

type Pending = { top: number; left: number };

const stylesheetHref = () => new URL('reader-frame.css', document.baseURI).href;

/** Is this key press the quote shortcut: Q alone, or Ctrl/Cmd+Shift+Q. */
export function isQuoteShortcut(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== 'q' || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return false;
  const mod = event.ctrlKey || event.metaKey;
  return mod ? event.shiftKey : !event.shiftKey;
}

/**
 * The article, in a frame sandboxed without scripts (`allow-same-origin` only,
 * so this component can read the selection and draw highlights in it).
 */
export function ReaderFrame(props: ReaderFrameProps) {
  const { clip, highlights, activeQuoteId, scrollRequest, onQuote, onSelectQuote, activeSuggestionId, suggestionScroll, onSuggestion, onProgress } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const map = useRef<TextMap | null>(null);
  const { loaded, generation, notice, onLoad, dismissNotice } = useFrameDocument(frame);
  const [pending, setPending] = useState<Pending | null>(null);
  const assetUrls = useAssetUrls(clip.id);
  const srcDoc = useMemo(
    () => (assetUrls ? buildFrameDocument(clip.html, assetUrls, stylesheetHref(), clip.lang) : null),
    [clip.html, clip.lang, assetUrls],
  );
  const initialProgress = useRef(clip.readingProgress);

  const selectionOffsets = useCallback(() => {
    const selection = loaded?.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !map.current) return null;
    return rangeToTextOffsets(map.current, selection.getRangeAt(0));
  }, [loaded]);

  const quoteSelection = useCallback(() => {
    const offsets = selectionOffsets();
    if (!offsets) return;
    loaded?.getSelection()?.removeAllRanges();
    setPending(null);
    onQuote(offsets.start, offsets.end);
  }, [selectionOffsets, loaded, onQuote]);

  // The desktop's context menu offers Quote on a selection in the article.
  const shell = useShell();
  useEffect(
    () =>
      shell.on('app:command', ({ command }) => {
        if (command === 'quote-selection') quoteSelection();
      }),
    [shell, quoteSelection],
  );

  useEffect(() => {
    if (!loaded) return;
    map.current = applyHighlights(loaded.body, clip.text, highlights);
  }, [loaded, clip.text, highlights]);

  // After the marks are drawn (the effect above), so a hover only toggles classes and never redraws.
  useEffect(() => {
    if (!loaded) return;
    for (const mark of loaded.querySelectorAll<HTMLElement>('mark.quire-hl')) {
      const { quoteIds, suggestionIds } = idsOfMark(mark);
      const active = quoteIds.length > 0 ? activeQuoteId !== null && quoteIds.includes(activeQuoteId) : activeSuggestionId !== null && suggestionIds.includes(activeSuggestionId);
      mark.classList.toggle('active', active);
    }
  }, [loaded, highlights, activeQuoteId, activeSuggestionId]);

  useEffect(() => {
    if (!loaded || !suggestionScroll) return;
    const mark = firstSuggestionMarkOf(loaded.body, suggestionScroll.id);
    if (mark) scrollFrameTo(mark, suggestionScroll.block);
  }, [loaded, suggestionScroll]);

  // Declared before the scroll to a quote, so that an asked-for quote wins over the remembered position.
  useEffect(() => {
    if (!loaded) return;
    const win = loaded.defaultView!;
    const room = (loaded.scrollingElement ?? loaded.documentElement).scrollHeight - win.innerHeight;
    if (initialProgress.current > 0 && room > 0) win.scrollTo(0, initialProgress.current * room);
  }, [loaded]);

  const activeRef = useRef(activeQuoteId);
  activeRef.current = activeQuoteId;
  useEffect(() => {
    if (!loaded || !activeRef.current || scrollRequest === 0) return;
    const mark = firstMarkOf(loaded.body, activeRef.current);
    if (mark) scrollFrameTo(mark, 'center');
  }, [loaded, scrollRequest]);

  useEffect(() => {
    if (!loaded) return;
    const win = loaded.defaultView!;
    const scroller = loaded.scrollingElement ?? loaded.documentElement;
    const room = () => scroller.scrollHeight - win.innerHeight;
    const onScroll = () => {
      setPending(null);
      if (room() > 0) onProgress(win.scrollY / room());
    };
    const onSelection = () => {
      const selection = loaded.getSelection();
      if (!selection || selection.isCollapsed || !selectionOffsets()) return setPending(null);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setPending({ top: Math.max(0, rect.top - 40), left: Math.max(0, rect.left + rect.width / 2 - 40) });
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isQuoteShortcut(event) || !selectionOffsets()) return;
      event.preventDefault();
      quoteSelection();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      // An image map's <area> is a link too: it must not take the frame elsewhere either.
      const link = target.closest<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]');
      if (link) {
        event.preventDefault();
        const href = link.href;
        if (/^https?:/i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
        return;
      }
      const mark = target.closest<HTMLElement>('mark.quire-hl');
      if (!mark || !loaded.getSelection()?.isCollapsed) return;
      const { quoteIds, suggestionIds } = idsOfMark(mark);
      if (quoteIds.length > 0) onSelectQuote(quoteIds.at(-1)!);
      else if (suggestionIds.length > 0) onSuggestion(suggestionIds.at(-1)!, 'click');
    };
    let hovered: string | null = null;
    const onHover = (event: MouseEvent) => {
      const mark = (event.target as Element).closest<HTMLElement>('mark.quire-hl.suggestion');
      const id = mark ? (idsOfMark(mark).suggestionIds.at(-1) ?? null) : null;
      if (id !== null && id !== hovered) onSuggestion(id, 'hover');
      hovered = id;
    };
    // Removed through the signal: once the frame has left its document, its window is another
    // origin's and calling removeEventListener on it would throw.
    const listening = new AbortController();
    const { signal } = listening;
    win.addEventListener('scroll', onScroll, { passive: true, signal });
    loaded.addEventListener('selectionchange', onSelection, { signal });
    loaded.addEventListener('keydown', onKey, { signal });
    window.addEventListener('keydown', onKey, { signal });
    loaded.addEventListener('click', onClick, { signal });
    loaded.addEventListener('mouseover', onHover, { signal });
    // data-ready says the article is loaded and listened to (tests wait for it before they click).
    const wrapper = wrap.current;
    wrapper?.setAttribute('data-ready', 'true');
    return () => {
      listening.abort();
      wrapper?.removeAttribute('data-ready');
    };
  }, [loaded, selectionOffsets, quoteSelection, onSelectQuote, onSuggestion, onProgress]);

  return (
    <div className="reader-frame-wrap" ref={wrap}>
      {notice ? (
        <p className="reader-frame-notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={dismissNotice}>
            Dismiss
          </button>
        </p>
      ) : null}
      {srcDoc === null ? (
        <p className="loading">Loading the article…</p>
      ) : (
        <iframe
          key={generation}
          ref={frame}
          className="reader-frame"
          title="Article text"
          sandbox="allow-same-origin"
          srcDoc={srcDoc}
          onLoad={onLoad}
        />
      )}
      {pending ? (
        <button type="button" className="quote-button primary" onMouseDown={(e) => e.preventDefault()} onClick={quoteSelection} style={pending}>
          Quote <kbd>Q</kbd>
        </button>
      ) : null}
    </div>
  );
}
