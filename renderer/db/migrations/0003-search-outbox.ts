import type { Migration } from './migration';

/** The outbox key that asks the search index for a full check against the library (see outbox.ts). */
export const RESYNC_ALL_KEY = '*';

/**
 * v3: the search outbox. Each entry names a record whose searchable content
 * changed, written in the same transaction as the record and deleted once the
 * index has durably applied it, so a crash between the two is repaired at start.
 * A v2 library may already hold such a silent gap (an edit lost between commit
 * and index), so the upgrade asks for one full check.
 */
export const migration0003: Migration = {
  version: 3,
  stores: {
    outbox: 'key',
  },
  async upgrade(tx) {
    await tx.table('outbox').put({ key: RESYNC_ALL_KEY, token: 'upgrade-to-v3' });
  },
};
