import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-alias-keys';
import { migration0003 } from './0003-search-outbox';
import type { Migration } from './migration';

/** Every schema version, oldest first; db.ts applies them in this order. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];

export const CURRENT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
