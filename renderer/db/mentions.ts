import { newId } from '../../shared/ids';
import type { Id, Mention, SuggestionStatus } from '../../shared/model';
import type { LibraryDb } from './db';
import { LibraryRuleError, write } from './write';

export type MentionDraft = Omit<Mention, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'status'> & Partial<Pick<Mention, 'status'>>;

/** Adds mentions found in one clip; the clip and every entity must be live. */
export async function addMentions(db: LibraryDb, drafts: MentionDraft[]): Promise<Mention[]> {
  return write(db, 'the suggested mentions', ['clips', 'entities', 'mentions'], async (changes) => {
    const clipIds = [...new Set(drafts.map((d) => d.clipId))];
    const entityIds = [...new Set(drafts.map((d) => d.entityId))];
    const clips = await db.clips.bulkGet(clipIds);
    const entities = await db.entities.bulkGet(entityIds);
    if ([...clips, ...entities].some((r) => !r || r.deletedAt !== null)) {
      throw new LibraryRuleError('A mention points at a clip or entry that is in the trash or no longer exists.');
    }
    const now = db.now();
    const mentions = drafts.map((draft): Mention => ({ status: 'suggested', ...draft, id: newId(now), createdAt: now, updatedAt: now, deletedAt: null }));
    await db.mentions.bulkAdd(mentions);
    changes.touch('mentions', ...mentions.map((m) => m.id));
    return mentions;
  });
}

export async function setMentionStatus(db: LibraryDb, id: Id, status: SuggestionStatus): Promise<void> {
  await write(db, 'the mention', ['mentions'], async (changes) => {
    const count = await db.mentions.where('id').equals(id).filter((m) => m.deletedAt === null).modify({ status, updatedAt: db.now() });
    if (count === 0) throw new LibraryRuleError('That mention is in the trash or no longer exists.');
    changes.touch('mentions', id);
  });
}

export function listMentionsOfClip(db: LibraryDb, clipId: Id): Promise<Mention[]> {
  return db.mentions.where('clipId').equals(clipId).filter((m) => m.deletedAt === null).sortBy('start');
}

export function listMentionsOfEntity(db: LibraryDb, entityId: Id): Promise<Mention[]> {
  return db.mentions.where('entityId').equals(entityId).filter((m) => m.deletedAt === null).toArray();
}

export function listMentionsOfClipAndEntity(db: LibraryDb, clipId: Id, entityId: Id): Promise<Mention[]> {
  return db.mentions.where('[clipId+entityId]').equals([clipId, entityId]).filter((m) => m.deletedAt === null).toArray();
}
