import type { Id } from '../../../shared/model';
import type { BackupContents } from './parse';

/**
 * The links a library guarantees (see the repositories and emptyTrash): a quote, mention
 * or asset has its clip; a mention, speaker, tag, merge target or treaty party has its entity.
 * Notes may link to anything: the editor tolerates and hides missing links.
 * Returns a description of the first broken link, or null.
 */
export function checkReferences(tables: BackupContents): string | null {
  const clips = new Set(tables.clips.map((c) => c.id));
  const entities = new Set(tables.entities.map((e) => e.id));
  const missing = (set: Set<Id>, ids: (Id | null)[]) => ids.find((id) => id !== null && !set.has(id));

  for (const [table, rows] of [['quotes', tables.quotes], ['mentions', tables.mentions], ['assets', tables.assets]] as const) {
    const orphan = rows.find((r) => !clips.has(r.clipId));
    if (orphan) return `${table}.jsonl: ${orphan.id} belongs to a clip (${orphan.clipId}) that is not in the backup`;
  }
  for (const quote of tables.quotes) {
    const id = missing(entities, [quote.speakerId, ...quote.entityIds]);
    if (id) return `quotes.jsonl: ${quote.id} refers to an entity (${id}) that is not in the backup`;
  }
  for (const mention of tables.mentions) {
    if (!entities.has(mention.entityId)) return `mentions.jsonl: ${mention.id} refers to an entity (${mention.entityId}) that is not in the backup`;
  }
  for (const entity of tables.entities) {
    const id = missing(entities, [entity.mergedInto, ...(entity.treaty?.partyIds ?? [])]);
    if (id) return `entities.jsonl: ${entity.id} refers to an entity (${id}) that is not in the backup`;
  }
  return null;
}
