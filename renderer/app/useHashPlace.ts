import { useCallback, useSyncExternalStore } from 'react';
import { placeFromHash } from './places';
import type { PlaceId } from './places';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current place lives in the URL hash, so a reload keeps the user where they were. */
export function useHashPlace(): [PlaceId, (place: PlaceId) => void] {
  const place = useSyncExternalStore(subscribe, () => placeFromHash(window.location.hash));
  const go = useCallback((next: PlaceId) => {
    // Compared as the whole hash: going to a place from one of its sub-routes (#/library/<clipId>) returns to its top.
    if (window.location.hash !== `#/${next}`) window.location.hash = `#/${next}`;
  }, []);
  return [place, go];
}
