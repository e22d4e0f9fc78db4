import type { DocType } from '../../../shared/search/query';

/** The query lives in the hash (`#/search?q=...&type=quote`) so a reload or Back keeps it. */
export type SearchRoute = { q: string; type: DocType | 'all' };

const TYPES: readonly string[] = ['clip', 'quote', 'note'];

export function readSearchRoute(hash: string): SearchRoute {
  const query = hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const type = params.get('type') ?? 'all';
  return { q: params.get('q') ?? '', type: TYPES.includes(type) ? (type as DocType) : 'all' };
}

export function searchHash(route: SearchRoute): string {
  const params = new URLSearchParams();
  if (route.q) params.set('q', route.q);
  if (route.type !== 'all') params.set('type', route.type);
  const query = params.toString();
  return `#/search${query ? `?${query}` : ''}`;
}
