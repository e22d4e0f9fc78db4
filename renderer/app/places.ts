/** The places a user goes, in sidebar order; the hash route is `#/<id>`. */
export const PLACES = [
  { id: 'library', label: 'Library', key: '1', hint: 'Clipped articles' },
  { id: 'entities', label: 'Entities', key: '2', hint: 'Actors and treaties' },
  { id: 'notes', label: 'Notes', key: '3', hint: 'Your writing' },
  { id: 'search', label: 'Search', key: '4', hint: 'Everything, offline' },
  { id: 'settings', label: 'Settings', key: ',', hint: 'Storage and backups' },
] as const;

export type PlaceId = (typeof PLACES)[number]['id'];

export function placeFromHash(hash: string): PlaceId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return PLACES.find((place) => place.id === id)?.id ?? 'library';
}
