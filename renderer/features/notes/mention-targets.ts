import type { Entity, Id } from '../../../shared/model';
import { MAX_MERGE_HOPS, survivingEntity } from '../../../shared/notes/mention-names';
import type { LibraryDb } from '../../db/db';
import { getEntity } from '../../db/entities';

/**
 * For each id a note mentions, the live entity it stands for now (following
 * merges). Ids of trashed or unknown entities are left out: their mentions
 * keep the name they last showed. `known` saves reading entities already at hand.
 */
export async function loadMentionTargets(db: LibraryDb, ids: Iterable<Id>, known: readonly Entity[] = []): Promise<Map<Id, Entity>> {
  const loaded = new Map<Id, Entity | undefined>(known.map((entity) => [entity.id, entity]));
  const load = async (id: Id) => {
    if (!loaded.has(id)) loaded.set(id, await getEntity(db, id));
    return loaded.get(id);
  };
  const targets = new Map<Id, Entity>();
  for (const id of new Set(ids)) {
    // Load the merge chain first so the synchronous walk below finds every link.
    let entity = await load(id);
    for (let hops = 0; entity?.mergedInto && hops < MAX_MERGE_HOPS; hops += 1) entity = await load(entity.mergedInto);
    const target = survivingEntity(id, (key) => loaded.get(key));
    if (target) targets.set(id, target);
  }
  return targets;
}
