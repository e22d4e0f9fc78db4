import type { Migration } from './migration';

/** The first schema. Index lists name only what queries use; `deletedAt` is null while live, so its index holds just the trash. */
export const migration0001: Migration = {
  version: 1,
  stores: {
    clips: 'id, createdAt, updatedAt, publishedAt, canonicalUrl, contentHash, deletedAt, *tags',
    assets: 'id, clipId, deletedAt',
    entities: 'id, kind, name, deletedAt',
    quotes: 'id, clipId, speakerId, *entityIds, deletedAt',
    mentions: 'id, clipId, entityId, [clipId+entityId], deletedAt',
    notes: 'id, updatedAt, *quoteIds, *entityIds, *clipIds, deletedAt',
    settings: 'key',
    meta: 'key',
  },
};
