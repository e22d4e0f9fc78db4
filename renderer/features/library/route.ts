import { useSyncExternalStore } from 'react';

/** What follows the place in the hash: `#/library/<clipId>?quote=<quoteId>`, `#/entities/<entityId>`. */
export type SubRoute = { id: string | null; quoteId: string | null };

export function subRouteFromHash(hash: string): SubRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const id = path.split('/')[1] ?? '';
  const quoteId = new URLSearchParams(query).get('quote');
  return { id: id === '' ? null : decodeURIComponent(id), quoteId: quoteId || null };
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useSubRoute(): SubRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const { id, quoteId } = subRouteFromHash(hash);
  return { id, quoteId };
}

export const clipHref = (clipId: string, quoteId?: string) =>
  `#/library/${encodeURIComponent(clipId)}${quoteId ? `?quote=${encodeURIComponent(quoteId)}` : ''}`;
export const entityHref = (entityId: string) => `#/entities/${encodeURIComponent(entityId)}`;
