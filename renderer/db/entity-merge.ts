import type { Entity, Id } from '../../shared/model';
import type { LibraryDb } from './db';
import { dedupeAliases, toEntity, toStored } from './entities';
import { refreshNoteTexts } from './note-text';
import { LibraryRuleError, write } from './write';

/** Everything a merge changed, as it was before: enough for {@link unmergeEntities} to put it back. */
export type MergeUndo = {
  keep: Entity;
  drop: Entity;
  quotes: { id: Id; speakerId: Id | null; entityIds: Id[] }[];
  mentionIds: Id[];
  notes: { id: Id; entityIds: Id[] }[];
  treaties: { id: Id; partyIds: Id[] }[];
};

const TABLES = ['entities', 'quotes', 'mentions', 'notes'] as const;

function replaced(ids: Id[], from: Id, to: Id): Id[] {
  return [...new Set(ids.map((id) => (id === from ? to : id)))];
}

/**
 * Folds `dropId` into `keepId` in one transaction: names join the aliases, every
 * quote (speaker and tags), mention, note link and treaty party is repointed, and
 * the dropped entry goes to the trash marked `mergedInto`.
 */
export async function mergeEntities(db: LibraryDb, keepId: Id, dropId: Id): Promise<MergeUndo> {
  if (keepId === dropId) throw new LibraryRuleError('An entry cannot be merged into itself.');
  return write(db, 'the merge', [...TABLES], async (changes) => {
    const [keepStored, dropStored] = await db.entities.bulkGet([keepId, dropId]);
    if (!keepStored || keepStored.deletedAt !== null || !dropStored || dropStored.deletedAt !== null) {
      throw new LibraryRuleError('Both entries must exist and be out of the trash to merge them.');
    }
    const keep = toEntity(keepStored);
    const drop = toEntity(dropStored);
    const now = db.now();
    const undo: MergeUndo = { keep, drop, quotes: [], mentionIds: [], notes: [], treaties: [] };

    const aliases = dedupeAliases(keep.name, [...keep.aliases, drop.name, ...drop.aliases]);
    await db.entities.put(toStored({ ...keep, aliases, updatedAt: now }));
    await db.entities.put(toStored({ ...drop, mergedInto: keepId, deletedAt: now, updatedAt: now }));
    changes.touch('entities', keepId, dropId);

    const quoteIds = new Set([...(await db.quotes.where('speakerId').equals(dropId).primaryKeys()), ...(await db.quotes.where('entityIds').equals(dropId).primaryKeys())]);
    for (const quote of await db.quotes.bulkGet([...quoteIds])) {
      if (!quote) continue;
      undo.quotes.push({ id: quote.id, speakerId: quote.speakerId, entityIds: quote.entityIds });
      const speakerId = quote.speakerId === dropId ? keepId : quote.speakerId;
      await db.quotes.update(quote.id, { speakerId, entityIds: replaced(quote.entityIds, dropId, keepId), updatedAt: now });
      changes.touch('quotes', quote.id);
    }

    undo.mentionIds = await db.mentions.where('entityId').equals(dropId).primaryKeys();
    await db.mentions.where('id').anyOf(undo.mentionIds).modify({ entityId: keepId, updatedAt: now });
    changes.touch('mentions', ...undo.mentionIds);

    for (const note of await db.notes.where('entityIds').equals(dropId).toArray()) {
      undo.notes.push({ id: note.id, entityIds: note.entityIds });
      await db.notes.update(note.id, { entityIds: replaced(note.entityIds, dropId, keepId), updatedAt: now });
      changes.touch('notes', note.id);
    }

    const treaties = await db.entities.where('kind').equals('treaty').filter((e) => e.treaty?.partyIds.includes(dropId) ?? false).toArray();
    for (const treaty of treaties) {
      const info = treaty.treaty!;
      undo.treaties.push({ id: treaty.id, partyIds: info.partyIds });
      await db.entities.put({ ...treaty, treaty: { ...info, partyIds: replaced(info.partyIds, dropId, keepId) }, updatedAt: now });
      changes.touch('entities', treaty.id);
    }
    // Mentions of the dropped entry now show the kept one's name.
    await refreshNoteTexts(db, [keepId], changes);
    return undo;
  });
}

/** Reverses a merge: both entries as they were, and every repointed link back where it pointed. */
export async function unmergeEntities(db: LibraryDb, undo: MergeUndo): Promise<void> {
  await write(db, 'undoing the merge', [...TABLES], async (changes) => {
    const dropNow = await db.entities.get(undo.drop.id);
    if (!dropNow || dropNow.mergedInto !== undo.keep.id) throw new LibraryRuleError('This merge was already undone or the entry was deleted.');
    const now = db.now();
    await db.entities.put(toStored({ ...undo.keep, updatedAt: now }));
    await db.entities.put(toStored({ ...undo.drop, updatedAt: now }));
    changes.touch('entities', undo.keep.id, undo.drop.id);
    for (const before of undo.quotes) {
      const count = await db.quotes.update(before.id, { speakerId: before.speakerId, entityIds: before.entityIds, updatedAt: now });
      if (count) changes.touch('quotes', before.id);
    }
    await db.mentions.where('id').anyOf(undo.mentionIds).modify({ entityId: undo.drop.id, updatedAt: now });
    changes.touch('mentions', ...undo.mentionIds);
    for (const before of undo.notes) {
      const count = await db.notes.update(before.id, { entityIds: before.entityIds, updatedAt: now });
      if (count) changes.touch('notes', before.id);
    }
    for (const before of undo.treaties) {
      const treaty = await db.entities.get(before.id);
      if (!treaty?.treaty) continue;
      await db.entities.put({ ...treaty, treaty: { ...treaty.treaty, partyIds: before.partyIds }, updatedAt: now });
      changes.touch('entities', before.id);
    }
    await refreshNoteTexts(db, [undo.keep.id, undo.drop.id], changes);
  });
}
