import { newId } from '../../shared/ids';
import type { Entity, EntityKind, Id } from '../../shared/model';
import { foldText } from '../../shared/text/fold';
import type { LibraryDb, LibraryTable, StoredEntity } from './db';
import { aliasKeysOf } from './migrations/0002-alias-keys';
import { refreshNoteTexts } from './note-text';
import { LibraryRuleError, write } from './write';

type Managed = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'mergedInto';
export type EntityDraft = Omit<Entity, Managed | 'aliases' | 'description' | 'treaty' | 'origin'> &
  Partial<Pick<Entity, 'aliases' | 'description' | 'treaty' | 'origin'>>;
export type EntityPatch = Partial<Omit<Entity, Managed | 'origin'>>;

/** The stored form without its index-only field: what the rest of the app sees. */
export function toEntity(stored: StoredEntity): Entity {
  const { aliasKeys: _aliasKeys, ...entity } = stored;
  return entity;
}

export function toStored(entity: Entity): StoredEntity {
  return { ...entity, aliasKeys: aliasKeysOf(entity) };
}

/** Aliases without repeats (compared folded) and without the name itself. */
export function dedupeAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([foldText(name).trim()]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = foldText(alias).trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

export async function createEntity(db: LibraryDb, draft: EntityDraft): Promise<Entity> {
  return write(db, `the entry for "${draft.name}"`, ['entities'], async (changes) => {
    const now = db.now();
    const entity: Entity = {
      description: '',
      treaty: null,
      origin: { type: 'user' },
      ...draft,
      aliases: dedupeAliases(draft.name, draft.aliases ?? []),
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      mergedInto: null,
    };
    await db.entities.add(toStored(entity));
    changes.touch('entities', entity.id);
    return entity;
  });
}

export async function updateEntity(db: LibraryDb, id: Id, patch: EntityPatch): Promise<Entity> {
  // A rename re-derives the text of linked notes (note-text.ts); other edits need only the entry.
  const tables: LibraryTable[] = patch.name === undefined ? ['entities'] : ['entities', 'notes', 'quotes'];
  return write(db, 'the change to the entry', tables, async (changes) => {
    const stored = await db.entities.get(id);
    if (!stored || stored.deletedAt !== null) throw new LibraryRuleError('That entry is in the trash or no longer exists.');
    const merged = { ...toEntity(stored), ...patch, updatedAt: db.now() };
    const entity: Entity = { ...merged, aliases: dedupeAliases(merged.name, merged.aliases) };
    await db.entities.put(toStored(entity));
    changes.touch('entities', id);
    if (entity.name !== stored.name) await refreshNoteTexts(db, [id], changes);
    return entity;
  });
}

export async function getEntity(db: LibraryDb, id: Id): Promise<Entity | undefined> {
  const stored = await db.entities.get(id);
  return stored && toEntity(stored);
}

/** Live entities, by name; of one kind when given. */
export async function listEntities(db: LibraryDb, kind?: EntityKind): Promise<Entity[]> {
  const collection = kind ? db.entities.where('kind').equals(kind) : db.entities.toCollection();
  const all = await collection.filter((e) => e.deletedAt === null).toArray();
  return all.map(toEntity).sort((a, b) => a.name.localeCompare(b.name));
}

/** Live entities any of whose names folds to `name` ("petain" finds "Pétain"). */
export async function findEntitiesByName(db: LibraryDb, name: string): Promise<Entity[]> {
  const [key] = aliasKeysOf({ name, aliases: [] });
  if (!key) return [];
  const found = await db.entities.where('aliasKeys').equals(key).filter((e) => e.deletedAt === null).toArray();
  return found.map(toEntity);
}

/**
 * Trashing an entity trashes its mentions (stamped like it, restored with it) and
 * leaves quote, note and treaty links in place: the UI hides trashed entities, so
 * restore needs no bookkeeping. Links are cut only when the trash is emptied (trash.ts).
 */
export async function trashEntity(db: LibraryDb, id: Id): Promise<void> {
  await write(db, 'moving the entry to the trash', ['entities', 'mentions'], async (changes) => {
    const entity = await db.entities.get(id);
    if (!entity || entity.deletedAt !== null) return;
    const now = db.now();
    await db.entities.update(id, { deletedAt: now, updatedAt: now });
    changes.touch('entities', id);
    const mentions = await db.mentions.where('entityId').equals(id).filter((m) => m.deletedAt === null).primaryKeys();
    await db.mentions.where('id').anyOf(mentions).modify({ deletedAt: now, updatedAt: now });
    changes.touch('mentions', ...mentions);
  });
}

export async function restoreEntity(db: LibraryDb, id: Id): Promise<void> {
  await write(db, 'restoring the entry', ['entities', 'mentions', 'clips'], async (changes) => {
    const entity = await db.entities.get(id);
    if (!entity || entity.deletedAt === null) return;
    if (entity.mergedInto !== null) throw new LibraryRuleError('This entry was merged into another; undo the merge instead.');
    const trashedAt = entity.deletedAt;
    const now = db.now();
    await db.entities.update(id, { deletedAt: null, updatedAt: now });
    changes.touch('entities', id);
    const mentions = await db.mentions.where('entityId').equals(id).filter((m) => m.deletedAt === trashedAt).toArray();
    const liveClips = new Set((await db.clips.bulkGet(mentions.map((m) => m.clipId))).filter((c) => c && c.deletedAt === null).map((c) => c!.id));
    const back = mentions.filter((m) => liveClips.has(m.clipId)).map((m) => m.id);
    await db.mentions.where('id').anyOf(back).modify({ deletedAt: null, updatedAt: now });
    changes.touch('mentions', ...back);
  });
}
