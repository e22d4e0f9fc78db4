/**
 * The starter gazetteer: the arms-control treaties, the states and
 * organizations they involve, and a few people, shipped with Quire so that a
 * new library already knows "ДРСМД" is the INF Treaty. Every entry is a plain
 * record keyed by a stable string; the user may edit or delete any of it, and
 * `origin.key` lets an update tell shipped entries from the user's own.
 *
 * Capitals used as metonyms ("Washington said", "Moscow responded") are
 * aliases of their state, not separate entries: in the news this notebook is
 * for, they name the government far more often than the city, and a mention of
 * Washington then counts for the United States. The user can remove the alias.
 */
import type { Entity, EntityKind, TreatyInfo, TreatyStatus } from '../model';
import { GAZETTEER_ACTORS } from './gazetteer-actors';
import { GAZETTEER_TREATIES } from './gazetteer-treaties';

export type GazetteerTreaty = Omit<TreatyInfo, 'partyIds'> & {
  /** Keys of the state (or, for the JCPOA, organization) entries that are or were parties. */
  parties: string[];
};

export type GazetteerEntry = {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  treaty?: GazetteerTreaty;
  /** Where the names and dates come from. */
  sources: string[];
};

export const GAZETTEER: readonly GazetteerEntry[] = [...GAZETTEER_TREATIES, ...GAZETTEER_ACTORS];

export type { TreatyStatus };

/**
 * The gazetteer as entity records, ready to store: treaty parties become ids.
 * `newId` and `now` come from the caller so this stays pure and testable.
 */
export function gazetteerEntities(newId: () => string, now: number): Entity[] {
  const idByKey = new Map(GAZETTEER.map((entry) => [entry.key, newId()]));
  return GAZETTEER.map((entry) => {
    const { parties, ...treaty } = entry.treaty ?? { parties: [] };
    return {
      id: idByKey.get(entry.key)!,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      kind: entry.kind,
      name: entry.name,
      aliases: [...entry.aliases],
      description: entry.description,
      treaty: entry.treaty
        ? { ...(treaty as Omit<TreatyInfo, 'partyIds'>), events: entry.treaty.events.map((e) => ({ ...e })), partyIds: parties.map((key) => idByKey.get(key)!) }
        : null,
      origin: { type: 'gazetteer', key: entry.key },
      mergedInto: null,
    };
  });
}
