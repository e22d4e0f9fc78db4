import { newId } from '../../shared/ids';
import type { Id, Quote } from '../../shared/model';
import type { LibraryDb } from './db';
import { LibraryRuleError, write } from './write';

type Managed = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';
export type QuoteDraft = Omit<Quote, Managed | 'comment' | 'colour' | 'speakerId' | 'entityIds'> &
  Partial<Pick<Quote, 'comment' | 'colour' | 'speakerId' | 'entityIds'>>;
export type QuotePatch = Partial<Pick<Quote, 'comment' | 'colour' | 'speakerId' | 'entityIds' | 'text' | 'selector'>>;

async function requireLiveClip(db: LibraryDb, clipId: Id): Promise<void> {
  const clip = await db.clips.get(clipId);
  if (!clip) throw new LibraryRuleError('The clip this quote belongs to no longer exists.');
  if (clip.deletedAt !== null) throw new LibraryRuleError('The clip this quote belongs to is in the trash. Restore it first.');
}

async function requireLiveEntities(db: LibraryDb, ids: (Id | null)[]): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is Id => id !== null))];
  const found = await db.entities.bulkGet(wanted);
  if (found.some((e) => !e || e.deletedAt !== null)) throw new LibraryRuleError('One of the tagged people or treaties is in the trash or no longer exists.');
}

export async function createQuote(db: LibraryDb, draft: QuoteDraft): Promise<Quote> {
  return write(db, 'the quote', ['clips', 'entities', 'quotes'], async (changes) => {
    await requireLiveClip(db, draft.clipId);
    const entityIds = [...new Set(draft.entityIds ?? [])];
    await requireLiveEntities(db, [draft.speakerId ?? null, ...entityIds]);
    const now = db.now();
    const quote: Quote = {
      comment: '',
      colour: 'yellow',
      ...draft,
      speakerId: draft.speakerId ?? null,
      entityIds,
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await db.quotes.add(quote);
    changes.touch('quotes', quote.id);
    return quote;
  });
}

export async function updateQuote(db: LibraryDb, id: Id, patch: QuotePatch): Promise<Quote> {
  return write(db, 'the change to the quote', ['entities', 'quotes'], async (changes) => {
    const quote = await db.quotes.get(id);
    if (!quote || quote.deletedAt !== null) throw new LibraryRuleError('That quote is in the trash or no longer exists.');
    const updated: Quote = { ...quote, ...patch, updatedAt: db.now() };
    updated.entityIds = [...new Set(updated.entityIds)];
    await requireLiveEntities(db, [patch.speakerId ?? null, ...(patch.entityIds ?? [])]);
    await db.quotes.put(updated);
    changes.touch('quotes', id);
    return updated;
  });
}

export async function trashQuote(db: LibraryDb, id: Id): Promise<void> {
  await write(db, 'moving the quote to the trash', ['quotes'], async (changes) => {
    const now = db.now();
    const count = await db.quotes.where('id').equals(id).filter((q) => q.deletedAt === null).modify({ deletedAt: now, updatedAt: now });
    if (count > 0) changes.touch('quotes', id);
  });
}

export async function restoreQuote(db: LibraryDb, id: Id): Promise<void> {
  await write(db, 'restoring the quote', ['clips', 'quotes'], async (changes) => {
    const quote = await db.quotes.get(id);
    if (!quote || quote.deletedAt === null) return;
    await requireLiveClip(db, quote.clipId);
    await db.quotes.update(id, { deletedAt: null, updatedAt: db.now() });
    changes.touch('quotes', id);
  });
}

export function getQuote(db: LibraryDb, id: Id): Promise<Quote | undefined> {
  return db.quotes.get(id);
}

/** Live quotes of a clip, in reading order. */
export async function listQuotesOfClip(db: LibraryDb, clipId: Id): Promise<Quote[]> {
  const quotes = await db.quotes.where('clipId').equals(clipId).filter((q) => q.deletedAt === null).toArray();
  return quotes.sort((a, b) => a.selector.position.start - b.selector.position.start);
}

/** A clip's quotes in the trash. */
export function listTrashedQuotesOfClip(db: LibraryDb, clipId: Id): Promise<Quote[]> {
  return db.quotes.where('clipId').equals(clipId).filter((q) => q.deletedAt !== null).toArray();
}

/** Live quotes an entity said or is tagged in, newest first. */
export async function listQuotesOfEntity(db: LibraryDb, entityId: Id): Promise<Quote[]> {
  const [spoken, tagged] = await Promise.all([
    db.quotes.where('speakerId').equals(entityId).toArray(),
    db.quotes.where('entityIds').equals(entityId).toArray(),
  ]);
  const byId = new Map([...spoken, ...tagged].filter((q) => q.deletedAt === null).map((q) => [q.id, q]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
}
