import { useCallback, useState } from 'react';
import type { RefObject } from 'react';

/** How often the article is put back after its frame was taken elsewhere, before the reader gives up. */
const MAX_RESTORES = 3;

export type FrameDocument = {
  /** The article's document once the frame has loaded it; null while loading or after it left. */
  loaded: Document | null;
  /** The iframe's key: a new one remounts the frame on the article. */
  generation: number;
  /** Why the article was reloaded, for the reader to see; null when nothing happened. */
  notice: string | null;
  onLoad: () => void;
  dismissNotice: () => void;
};

/**
 * The reader frame's document, kept on the article. Links are caught before they
 * navigate, but anything else that takes the frame to another page (a kind of link
 * the sanitizer did not know) must not leave the reader on a foreign or error page,
 * nor let the reader touch that page's window: the article is loaded again instead.
 */
export function useFrameDocument(frame: RefObject<HTMLIFrameElement | null>): FrameDocument {
  const [loaded, setLoaded] = useState<Document | null>(null);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const onLoad = useCallback(() => {
    // Another origin's page gives no contentDocument; a same-origin one has another URL than the srcdoc's.
    const doc = frame.current?.contentDocument ?? null;
    if (doc && doc.URL === 'about:srcdoc') return setLoaded(doc);
    setLoaded(null);
    if (generation >= MAX_RESTORES) {
      setNotice('The article keeps trying to open another page inside the reader. Reopen the clip from the Library.');
      return;
    }
    setNotice('The article tried to open another page inside the reader; that was blocked and the article reloaded. Links open in your browser.');
    setGeneration(generation + 1);
  }, [frame, generation]);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return { loaded, generation, notice, onLoad, dismissNotice };
}
