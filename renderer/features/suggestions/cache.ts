/**
 * Each clip's suggestions, kept with the stamp they were computed under: the
 * catalog version, the clip's text and the suggester's own build. A catalog
 * change makes every stamp stale at once without touching a record; a stale clip
 * is computed again when it is opened, or by the idle pass (background.ts).
 * Kept in `meta`: derived and device-local, so never backed up or synced.
 */
import type { Clip, Entity, Id } from '../../../shared/model';
import type { Suggestions } from '../../../shared/suggest';
import type { LibraryDb } from '../../db/db';
import { getMeta, setMeta } from '../../db/settings';
import { listEntities } from '../../db/entities';
import { catalogSnapshot, suggester, suggesterRevision } from '../../suggest/client';
import type { CatalogSnapshot } from '../../suggest/client';
import { storeSuggestedMentions } from './mention-store';

type Cached = { stamp: string; suggestions: Suggestions };

export const suggestionsCacheKey = (clipId: Id) => `suggest:clip:${clipId}`;

/** Under which catalog, text and suggester a clip's suggestions hold. */
export function suggestionStamp(text: string, catalogVersion: string): string {
  return `${suggesterRevision()}|${catalogVersion}|${text.length}:${fnv(text)}`;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The stored suggestions if they were computed under `stamp`, else null. */
export async function freshSuggestions(db: LibraryDb, clipId: Id, stamp: string): Promise<Suggestions | null> {
  const cached = await getMeta<Cached>(db, suggestionsCacheKey(clipId));
  return cached?.stamp === stamp ? cached.suggestions : null;
}

/**
 * The clip's suggestions under today's catalog: the stored ones when still
 * fresh, else computed in the worker (its mentions stored) and kept.
 */
export async function suggestionsFor(db: LibraryDb, clip: Pick<Clip, 'id' | 'text'>, entities: readonly Entity[] | CatalogSnapshot): Promise<Suggestions> {
  return (await updateSuggestions(db, clip, entities)).suggestions;
}

/** As suggestionsFor, saying whether they had to be computed. */
export async function updateSuggestions(
  db: LibraryDb,
  clip: Pick<Clip, 'id' | 'text'>,
  entities: readonly Entity[] | CatalogSnapshot,
): Promise<{ suggestions: Suggestions; computed: boolean }> {
  const catalog = 'version' in entities ? entities : catalogSnapshot(entities);
  const stamp = suggestionStamp(clip.text, catalog.version);
  const fresh = await freshSuggestions(db, clip.id, stamp);
  if (fresh) return { suggestions: fresh, computed: false };
  const suggestions = await suggester().suggest(clip.text, catalog);
  await storeSuggestedMentions(db, clip.id, suggestions.mentions);
  await setMeta(db, suggestionsCacheKey(clip.id), { stamp, suggestions } satisfies Cached);
  return { suggestions, computed: true };
}

/**
 * Right after a clip is stored: its suggestions are computed and its mentions
 * stored before the reader opens. Best effort: the reader computes them on
 * opening when they are missing, so a failure here only delays them.
 */
export function suggestAfterClip(db: LibraryDb, clip: Pick<Clip, 'id' | 'text'>): void {
  listEntities(db)
    .then((entities) => suggestionsFor(db, clip, entities))
    .catch((error: unknown) => console.warn('Suggestions after clipping failed; the reader will retry.', error));
}
