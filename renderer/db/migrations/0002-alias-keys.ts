import { foldText } from '../../../shared/text/fold';
import type { Migration } from './migration';

/** Folded name and aliases, deduped: what alias lookup and merge dedupe compare. */
export function aliasKeysOf(entity: { name: string; aliases: string[] }): string[] {
  const keys = [entity.name, ...entity.aliases].map((a) => foldText(a).trim().replace(/\s+/g, ' ')).filter((k) => k !== '');
  return [...new Set(keys)];
}

/**
 * v2: entities get `aliasKeys` (indexed, so "petain" finds "Pétain" by any of its names),
 * and clips get a `readingProgress`, which v1 did not record.
 */
export const migration0002: Migration = {
  version: 2,
  stores: {
    entities: 'id, kind, name, *aliasKeys, deletedAt',
  },
  async upgrade(tx) {
    await tx
      .table('entities')
      .toCollection()
      .modify((entity: { name: string; aliases: string[]; aliasKeys?: string[] }) => {
        entity.aliasKeys = aliasKeysOf(entity);
      });
    await tx
      .table('clips')
      .toCollection()
      .modify((clip: { readingProgress?: number }) => {
        if (typeof clip.readingProgress !== 'number') clip.readingProgress = 0;
      });
  },
};
