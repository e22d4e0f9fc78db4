import { useLiveQuery } from 'dexie-react-hooks';
import type { Clip, Entity, EntityKind, Id, Note, Quote } from '../../shared/model';
import { type ClipPage, getClip, listClips } from './clips';
import { getEntity, listEntities } from './entities';
import { library } from './library';
import { getNote, listNotes } from './notes';
import { listQuotesOfClip, listQuotesOfEntity } from './quotes';
import { getSetting } from './settings';
import { listTrash, type TrashContents } from './trash';

/*
 * React reads the library only through these. Each re-runs when the records it read change
 * (Dexie's liveQuery), and returns undefined while loading; `null` means "not there".
 */

export function useClips(page: ClipPage = {}): Clip[] | undefined {
  const { offset = 0, limit = 50, sort = 'createdAt' } = page;
  return useLiveQuery(() => listClips(library(), { offset, limit, sort }), [offset, limit, sort]);
}

export function useClip(id: Id | null): Clip | null | undefined {
  return useLiveQuery(async () => (id ? ((await getClip(library(), id)) ?? null) : null), [id]);
}

export function useQuotesOfClip(clipId: Id | null): Quote[] | undefined {
  return useLiveQuery(() => (clipId ? listQuotesOfClip(library(), clipId) : []), [clipId]);
}

export function useQuotesOfEntity(entityId: Id | null): Quote[] | undefined {
  return useLiveQuery(() => (entityId ? listQuotesOfEntity(library(), entityId) : []), [entityId]);
}

export function useEntities(kind?: EntityKind): Entity[] | undefined {
  return useLiveQuery(() => listEntities(library(), kind), [kind]);
}

export function useEntity(id: Id | null): Entity | null | undefined {
  return useLiveQuery(async () => (id ? ((await getEntity(library(), id)) ?? null) : null), [id]);
}

export function useNotes(): Note[] | undefined {
  return useLiveQuery(() => listNotes(library()), []);
}

export function useNote(id: Id | null): Note | null | undefined {
  return useLiveQuery(async () => (id ? ((await getNote(library(), id)) ?? null) : null), [id]);
}

export function useTrash(): TrashContents | undefined {
  return useLiveQuery(() => listTrash(library()), []);
}

export function useSetting<T>(key: string, fallback: T): T | undefined {
  return useLiveQuery(() => getSetting(library(), key, fallback), [key]);
}
