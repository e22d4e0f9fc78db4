/**
 * Search documents from library records: a clip (title, byline, site, tags,
 * text, and the entities its accepted or suggested mentions name), a quote (its
 * text and comment, its speaker and entities by name and alias, its clip's date
 * and site) and a note (title, text, linked entities). A document's version is the
 * newest updatedAt among the records it was built from, so a renamed entity
 * makes every document naming it stale.
 */
import type { Clip, Entity, Id, Mention, Note, Quote } from '../../shared/model';
import { survivingEntity } from '../../shared/notes/mention-names';
import type { EntityRef, SearchDoc } from '../../shared/search/types';

export type EntityLookup = (id: Id) => Entity | undefined;
/** What a quote needs of its clip. */
export type ClipFacts = Pick<Clip, 'id' | 'title' | 'publishedAt' | 'siteName' | 'updatedAt' | 'deletedAt'>;

function refsOf(ids: Iterable<Id>, lookup: EntityLookup): Entity[] {
  const seen = new Map<Id, Entity>();
  for (const id of ids) {
    const entity = survivingEntity(id, lookup);
    if (entity) seen.set(entity.id, entity);
  }
  return [...seen.values()];
}

const ref = (entity: Entity): EntityRef => ({ id: entity.id, name: entity.name, aliases: entity.aliases });
const names = (entities: Entity[]) => entities.flatMap((e) => [e.name, ...e.aliases]).join('\n');
const newest = (...times: number[]) => Math.max(...times);

function split(entities: Entity[]): { actors: EntityRef[]; treaties: EntityRef[] } {
  return {
    actors: entities.filter((e) => e.kind !== 'treaty').map(ref),
    treaties: entities.filter((e) => e.kind === 'treaty').map(ref),
  };
}

export function clipDoc(clip: Clip, mentions: Mention[], lookup: EntityLookup): SearchDoc {
  const live = mentions.filter((m) => m.deletedAt === null && m.status !== 'rejected');
  const entities = refsOf(live.map((m) => m.entityId), lookup);
  return {
    id: clip.id,
    type: 'clip',
    version: newest(clip.updatedAt, ...live.map((m) => m.updatedAt), ...entities.map((e) => e.updatedAt)),
    display: clip.title || clip.url || 'Untitled clip',
    title: clip.title,
    quote: '',
    body: clip.text,
    meta: [clip.byline, clip.siteName, ...clip.tags].join('\n'),
    date: clip.publishedAt,
    site: clip.siteName,
    tags: clip.tags,
    speaker: null,
    ...split(entities),
  };
}

export function quoteDoc(quote: Quote, clip: ClipFacts | undefined, lookup: EntityLookup): SearchDoc {
  const speaker = quote.speakerId ? survivingEntity(quote.speakerId, lookup) : undefined;
  const entities = refsOf(quote.entityIds, lookup);
  const heading = clip?.title ? `${speaker?.name ?? 'Quote'} — ${clip.title}` : speaker?.name ?? 'Quote';
  return {
    id: quote.id,
    type: 'quote',
    version: newest(quote.updatedAt, clip?.updatedAt ?? 0, speaker?.updatedAt ?? 0, ...entities.map((e) => e.updatedAt)),
    display: heading,
    title: '',
    quote: quote.text,
    body: quote.comment,
    meta: names(speaker ? [speaker, ...entities] : entities),
    date: clip?.publishedAt ?? null,
    site: clip?.siteName ?? '',
    tags: [],
    speaker: speaker ? ref(speaker) : null,
    ...split(entities),
  };
}

export function noteDoc(note: Note, lookup: EntityLookup): SearchDoc {
  const entities = refsOf(note.entityIds, lookup);
  return {
    id: note.id,
    type: 'note',
    version: newest(note.updatedAt, ...entities.map((e) => e.updatedAt)),
    display: note.title || 'Untitled note',
    title: note.title,
    quote: '',
    body: note.text,
    meta: names(entities),
    date: new Date(note.createdAt).toISOString().slice(0, 10),
    site: '',
    tags: [],
    speaker: null,
    ...split(entities),
  };
}
