import type { Clip, Entity, Id, Note, Quote } from '../../shared/model';
import type { Table } from 'dexie';
import type { LibraryDb, LibraryTable } from './db';
import { toEntity } from './entities';
import { write } from './write';

export type TrashContents = { clips: Clip[]; quotes: Quote[]; entities: Entity[]; notes: Note[] };

const TRASHABLE = ['clips', 'assets', 'entities', 'quotes', 'mentions', 'notes'] as const;
type Trashable = (typeof TRASHABLE)[number];

/** Only trashed records are in the deletedAt index (null is not indexable), so this reads just the trash. */
function trashedIds(db: LibraryDb, table: Trashable): Promise<Id[]> {
  return db[table].where('deletedAt').aboveOrEqual(-Infinity).primaryKeys() as Promise<Id[]>;
}

/** What the user sees in the trash: clips, quotes, entries and notes, most recently trashed first (mentions and images go with their clip). */
export async function listTrash(db: LibraryDb): Promise<TrashContents> {
  const byDeleted = <T extends { deletedAt: number | null }>(rows: T[]) => rows.sort((a, b) => b.deletedAt! - a.deletedAt!);
  const [clips, quotes, entities, notes] = await Promise.all([
    db.clips.where('deletedAt').aboveOrEqual(-Infinity).toArray(),
    db.quotes.where('deletedAt').aboveOrEqual(-Infinity).toArray(),
    db.entities.where('deletedAt').aboveOrEqual(-Infinity).toArray(),
    db.notes.where('deletedAt').aboveOrEqual(-Infinity).toArray(),
  ]);
  return { clips: byDeleted(clips), quotes: byDeleted(quotes), entities: byDeleted(entities).map(toEntity), notes: byDeleted(notes) };
}

export type EmptyTrashResult = Record<Trashable, number>;

/**
 * Really deletes everything in the trash, with what only they owned (a deleted
 * clip's quotes, mentions and images; a deleted entity's mentions), and cuts the
 * links live records still hold to them (quote speakers and tags, note links, treaty parties).
 */
export function emptyTrash(db: LibraryDb): Promise<EmptyTrashResult> {
  return purge(db, 'emptying the trash', async () =>
    Object.fromEntries(await Promise.all(TRASHABLE.map(async (t) => [t, new Set(await trashedIds(db, t))] as const))) as Record<Trashable, Set<Id>>,
  );
}

/**
 * Really deletes the clips among `ids` that are in the trash (a live clip is never
 * deleted this way), with everything they owned, as emptying the trash would.
 */
export function deleteClipsForever(db: LibraryDb, ids: readonly Id[]): Promise<EmptyTrashResult> {
  return purge(db, ids.length === 1 ? 'deleting the clip for good' : `deleting the ${ids.length} clips for good`, async () => {
    const gone = Object.fromEntries(TRASHABLE.map((t) => [t, new Set<Id>()])) as Record<Trashable, Set<Id>>;
    for (const clip of await db.clips.bulkGet([...ids])) if (clip && clip.deletedAt !== null) gone.clips.add(clip.id);
    return gone;
  });
}

/** Deletes what `collect` names (read inside the transaction) and what it owned; cuts the links to it. */
async function purge(db: LibraryDb, what: string, collect: () => Promise<Record<Trashable, Set<Id>>>): Promise<EmptyTrashResult> {
  const deleted: Id[] = [];
  const result = await write(db, what, [...TRASHABLE, 'settings'], async (changes) => {
    const gone = await collect();
    const goneClips = [...gone.clips];
    for (const table of ['quotes', 'mentions', 'assets'] as const) {
      for (const id of await db[table].where('clipId').anyOf(goneClips).primaryKeys()) gone[table].add(id as Id);
    }
    for (const id of await db.mentions.where('entityId').anyOf([...gone.entities]).primaryKeys()) gone.mentions.add(id);

    const result = {} as EmptyTrashResult;
    for (const table of TRASHABLE) {
      await db[table].bulkDelete([...gone[table]]);
      changes.touch(table, ...gone[table]);
      result[table] = gone[table].size;
    }
    await cutLinks(db, gone, (table, id) => changes.touch(table, id));
    for (const set of Object.values(gone)) deleted.push(...set);
    // Always a read here, even with nothing deleted: a body ending in cutLinks' modify() with an awaited step that issues no request committed early under fake-indexeddb.
    const settings = await keysOwnedBy(db.settings, deleted);
    if (settings.length > 0) {
      await db.settings.bulkDelete(settings);
      changes.touch('settings', ...settings);
    }
    return result;
  });
  // Device-local and derived (stored suggestions): after the commit. The records are deleted either way, so a failure here is only logged.
  try {
    const meta = await keysOwnedBy(db.meta, deleted);
    if (meta.length > 0) await db.meta.bulkDelete(meta);
  } catch (error) {
    console.warn('Stored suggestions of deleted clips could not be removed; they are recomputed or ignored.', error);
  }
  return result;
}

/**
 * Settings and device-local facts kept for one record end in ':' and its id (a
 * clip's rejected suggestions, `suggest:rejected:ID`; its stored suggestions,
 * `suggest:clip:ID`): they go when it is deleted for good.
 */
async function keysOwnedBy(table: Table<unknown, string>, ids: Id[]): Promise<string[]> {
  const owners = new Set<string>(ids);
  const keys = await table.toCollection().primaryKeys();
  return keys.filter((key) => {
    const colon = key.lastIndexOf(':');
    return colon >= 0 && owners.has(key.slice(colon + 1));
  });
}

async function cutLinks(db: LibraryDb, gone: Record<Trashable, Set<Id>>, touched: (table: LibraryTable, id: Id) => void): Promise<void> {
  const keep = (set: Set<Id>) => (ids: Id[]) => ids.filter((id) => !set.has(id));
  const keepEntities = keep(gone.entities);
  const goneEntities = [...gone.entities];
  const quoteIds = new Set([...(await db.quotes.where('speakerId').anyOf(goneEntities).primaryKeys()), ...(await db.quotes.where('entityIds').anyOf(goneEntities).primaryKeys())]);
  for (const quote of await db.quotes.bulkGet([...quoteIds])) {
    if (!quote) continue;
    const speakerId = quote.speakerId && gone.entities.has(quote.speakerId) ? null : quote.speakerId;
    await db.quotes.update(quote.id, { speakerId, entityIds: keepEntities(quote.entityIds) });
    touched('quotes', quote.id);
  }
  const keepQuotes = keep(gone.quotes);
  const keepClips = keep(gone.clips);
  await db.notes.toCollection().modify((note, ref) => {
    const cut = { quoteIds: keepQuotes(note.quoteIds), entityIds: keepEntities(note.entityIds), clipIds: keepClips(note.clipIds) };
    if (cut.quoteIds.length + cut.entityIds.length + cut.clipIds.length === note.quoteIds.length + note.entityIds.length + note.clipIds.length) return;
    ref.value = { ...note, ...cut };
    touched('notes', note.id);
  });
  await db.entities
    .where('kind')
    .equals('treaty')
    .modify((entity) => {
      if (!entity.treaty || !entity.treaty.partyIds.some((id) => gone.entities.has(id))) return;
      entity.treaty = { ...entity.treaty, partyIds: keepEntities(entity.treaty.partyIds) };
      touched('entities', entity.id);
    });
}
