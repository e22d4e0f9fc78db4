import { newId } from '../../shared/ids';
import type { Clip, Id } from '../../shared/model';
import type { Table } from 'dexie';
import type { LibraryDb } from './db';
import { LibraryRuleError, write } from './write';

type Managed = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';
type Defaulted = 'tags' | 'readState' | 'readingProgress';
/** What the clipper hands over: everything but the fields the repository owns, with defaults for tags, read state and progress. */
export type ClipDraft = Omit<Clip, Managed | Defaulted> & Partial<Pick<Clip, Defaulted>>;
export type ClipPatch = Partial<Omit<Clip, Managed>>;

export type ClipSort = 'createdAt' | 'updatedAt';
export type ClipPage = { offset?: number; limit?: number; sort?: ClipSort };

/** A live clip that is the same article: same canonical URL, or same normalised text. */
export async function findDuplicate(db: LibraryDb, key: { canonicalUrl: string; contentHash: string }): Promise<Clip | undefined> {
  if (key.canonicalUrl !== '') {
    const byUrl = await db.clips.where('canonicalUrl').equals(key.canonicalUrl).filter((c) => c.deletedAt === null).first();
    if (byUrl) return byUrl;
  }
  if (key.contentHash === '') return undefined;
  return db.clips.where('contentHash').equals(key.contentHash).filter((c) => c.deletedAt === null).first();
}

/**
 * Adds a clip unless the library already has it; `created` says which happened.
 * `keepAsNewVersion` stores it even so, when the user asked to keep both.
 */
export async function addClip(db: LibraryDb, draft: ClipDraft, options: { keepAsNewVersion?: boolean } = {}): Promise<{ clip: Clip; created: boolean }> {
  return write(db, `the clip "${draft.title}"`, ['clips'], async (changes) => {
    const existing = options.keepAsNewVersion ? undefined : await findDuplicate(db, draft);
    if (existing) return { clip: existing, created: false };
    const now = db.now();
    const clip: Clip = {
      tags: [],
      readState: 'unread',
      readingProgress: 0,
      ...draft,
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await db.clips.add(clip);
    changes.touch('clips', clip.id);
    return { clip, created: true };
  });
}

/**
 * Adds many clips in one transaction (bulk import, benchmarks), skipping any already in
 * the library or earlier in the same batch. Returns the clips it created.
 */
export async function addClips(db: LibraryDb, drafts: ClipDraft[]): Promise<Clip[]> {
  return write(db, `the ${drafts.length} imported clips`, ['clips'], async (changes) => {
    // Two index queries for the whole batch rather than two per clip.
    const live = (c: Clip) => c.deletedAt === null;
    const [byUrl, byHash] = await Promise.all([
      db.clips.where('canonicalUrl').anyOf(drafts.map((d) => d.canonicalUrl).filter((u) => u !== '')).filter(live).toArray(),
      db.clips.where('contentHash').anyOf(drafts.map((d) => d.contentHash).filter((h) => h !== '')).filter(live).toArray(),
    ]);
    const urls = new Set(byUrl.map((c) => c.canonicalUrl));
    const hashes = new Set(byHash.map((c) => c.contentHash));
    const created: Clip[] = [];
    for (const draft of drafts) {
      if ((draft.canonicalUrl !== '' && urls.has(draft.canonicalUrl)) || (draft.contentHash !== '' && hashes.has(draft.contentHash))) continue;
      urls.add(draft.canonicalUrl);
      hashes.add(draft.contentHash);
      const now = db.now();
      created.push({ tags: [], readState: 'unread', readingProgress: 0, ...draft, id: newId(now), createdAt: now, updatedAt: now, deletedAt: null });
    }
    await db.clips.bulkAdd(created);
    changes.touch('clips', ...created.map((c) => c.id));
    return created;
  });
}

export async function updateClip(db: LibraryDb, id: Id, patch: ClipPatch): Promise<Clip> {
  return write(db, 'the change to the clip', ['clips'], async (changes) => {
    const clip = await db.clips.get(id);
    if (!clip || clip.deletedAt !== null) throw new LibraryRuleError('That clip is in the trash or no longer exists.');
    const updated: Clip = { ...clip, ...patch, id, createdAt: clip.createdAt, deletedAt: null, updatedAt: db.now() };
    await db.clips.put(updated);
    changes.touch('clips', id);
    return updated;
  });
}

export function getClip(db: LibraryDb, id: Id): Promise<Clip | undefined> {
  return db.clips.get(id);
}

/**
 * Live clips, newest first, one page at a time. Walks keys only (no record is read
 * until the page is known), so a deep page costs a key scan, not a scan of every article.
 */
export async function listClips(db: LibraryDb, page: ClipPage = {}): Promise<Clip[]> {
  const { offset = 0, limit = 50, sort = 'createdAt' } = page;
  return db.transaction('r', db.clips, async () => {
    const trashed = new Set(await db.clips.where('deletedAt').aboveOrEqual(-Infinity).primaryKeys());
    const ordered = db.clips.orderBy(sort).reverse();
    const keys = trashed.size === 0 ? await ordered.offset(offset).limit(limit).primaryKeys() : await ordered.primaryKeys();
    const pageKeys = trashed.size === 0 ? keys : keys.filter((id) => !trashed.has(id)).slice(offset, offset + limit);
    return (await db.clips.bulkGet(pageKeys)) as Clip[];
  });
}

export async function countClips(db: LibraryDb): Promise<number> {
  const [all, trashed] = await Promise.all([db.clips.count(), db.clips.where('deletedAt').aboveOrEqual(-Infinity).count()]);
  return all - trashed;
}

const CHILD_TABLES = ['quotes', 'mentions', 'assets'] as const;
type ChildRow = { id: Id; clipId: Id; deletedAt: number | null; updatedAt: number };
const childTable = (db: LibraryDb, table: (typeof CHILD_TABLES)[number]) => db[table] as unknown as Table<ChildRow, Id>;

/** Trashes the clip with its live quotes, mentions and assets (see `trashClips`). */
export async function trashClip(db: LibraryDb, id: Id): Promise<void> {
  await trashClips(db, [id]);
}

/**
 * Trashes the live clips among `ids` with their live quotes, mentions and assets, in one
 * transaction, all stamped with the same time so restore knows which went together.
 * Returns the ids it trashed (those already in the trash or gone are left out).
 */
export async function trashClips(db: LibraryDb, ids: readonly Id[]): Promise<Id[]> {
  return write(db, ids.length === 1 ? 'moving the clip to the trash' : `moving the ${ids.length} clips to the trash`, ['clips', ...CHILD_TABLES], async (changes) => {
    const live = (await db.clips.bulkGet([...ids])).filter((clip): clip is Clip => clip !== undefined && clip.deletedAt === null).map((clip) => clip.id);
    if (live.length === 0) return [];
    const now = db.now();
    await db.clips.where('id').anyOf(live).modify({ deletedAt: now, updatedAt: now });
    changes.touch('clips', ...live);
    for (const table of CHILD_TABLES) {
      const children = await childTable(db, table).where('clipId').anyOf(live).filter((r) => r.deletedAt === null).primaryKeys();
      await childTable(db, table).where('id').anyOf(children).modify({ deletedAt: now, updatedAt: now });
      changes.touch(table, ...children);
    }
    return live;
  });
}

/** Brings the clip back with exactly the children that went to the trash with it (see `restoreClips`). */
export function restoreClip(db: LibraryDb, id: Id): Promise<void> {
  return restoreClips(db, [id]);
}

/** Brings the clips back, each with exactly the children that went to the trash with it (those trashed earlier stay there). */
export async function restoreClips(db: LibraryDb, ids: readonly Id[]): Promise<void> {
  await write(db, ids.length === 1 ? 'restoring the clip' : `restoring the ${ids.length} clips`, ['clips', ...CHILD_TABLES], async (changes) => {
    const now = db.now();
    for (const clip of await db.clips.bulkGet([...ids])) {
      if (!clip || clip.deletedAt === null) continue;
      const trashedAt = clip.deletedAt;
      await db.clips.update(clip.id, { deletedAt: null, updatedAt: now });
      changes.touch('clips', clip.id);
      for (const table of CHILD_TABLES) {
        const children = await childTable(db, table).where('clipId').equals(clip.id).filter((r) => r.deletedAt === trashedAt).primaryKeys();
        await childTable(db, table).where('id').anyOf(children).modify({ deletedAt: null, updatedAt: now });
        changes.touch(table, ...children);
      }
    }
  });
}
