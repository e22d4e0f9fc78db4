import { GAZETTEER } from '../../../shared/entities/gazetteer';
import type { Entity } from '../../../shared/model';
import type { LibraryDb } from '../../db/db';
import { createEntity, getEntity, listEntities, updateEntity } from '../../db/entities';
import { getSetting, setSetting } from '../../db/settings';
import { listTrash } from '../../db/trash';

const SEEDED = 'gazetteer.seeded';

/** The live entity of a gazetteer key, if the user still has it. */
export async function entityOfKey(db: LibraryDb, key: string): Promise<Entity | undefined> {
  return (await listEntities(db)).find((e) => e.origin.type === 'gazetteer' && e.origin.key === key);
}

/**
 * Seeds the starter gazetteer once per library. Entries already there (live or
 * in the trash, matched by origin key) are left alone, so a user's edits and
 * deletions stand. Treaty parties are linked once every entry has its id.
 */
export async function seedGazetteer(db: LibraryDb): Promise<number> {
  if (await getSetting(db, SEEDED, false)) return 0;
  const keyOf = (e: Entity) => (e.origin.type === 'gazetteer' ? e.origin.key : null);
  const existing = [...(await listEntities(db)), ...(await listTrash(db)).entities];
  const idByKey = new Map(existing.flatMap((e) => (keyOf(e) ? [[keyOf(e)!, e.id] as const] : [])));
  const created: { id: string; parties: string[] }[] = [];
  for (const entry of GAZETTEER) {
    if (idByKey.has(entry.key)) continue;
    const { parties = [], ...info } = entry.treaty ?? {};
    const entity = await createEntity(db, {
      kind: entry.kind,
      name: entry.name,
      aliases: entry.aliases,
      description: entry.description,
      treaty: entry.treaty ? { ...(info as Omit<NonNullable<Entity['treaty']>, 'partyIds'>), partyIds: [] } : null,
      origin: { type: 'gazetteer', key: entry.key },
    });
    idByKey.set(entry.key, entity.id);
    created.push({ id: entity.id, parties });
  }
  for (const { id, parties } of created) {
    if (parties.length === 0) continue;
    const entity = await getEntity(db, id);
    if (!entity?.treaty) continue;
    const partyIds = parties.map((key) => idByKey.get(key)).filter((p): p is string => p !== undefined);
    await updateEntity(db, id, { treaty: { ...entity.treaty, partyIds } });
  }
  await setSetting(db, SEEDED, true);
  return created.length;
}
