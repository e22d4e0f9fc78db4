import type { Transaction } from 'dexie';

/** One schema version: its Dexie `stores` spec (only the tables it changes) and how existing records are brought up to it. */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};
