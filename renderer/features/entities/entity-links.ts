import type { Clip, Id, Note, Quote } from '../../../shared/model';
import type { LibraryDb } from '../../db/db';
import { getClip } from '../../db/clips';
import { listMentionsOfEntity } from '../../db/mentions';
import { listNotes } from '../../db/notes';
import { listQuotesOfEntity } from '../../db/quotes';

export type QuoteWithClip = { quote: Quote; clip: Clip };

/** Everything that points at an entity: its quotes (said, tagged), the clips that mention it, the notes that link it. */
export type EntityLinks = {
  spoken: QuoteWithClip[];
  tagged: QuoteWithClip[];
  clips: Clip[];
  notes: Note[];
};

export async function loadEntityLinks(db: LibraryDb, entityId: Id): Promise<EntityLinks> {
  const [quotes, mentions, notes] = await Promise.all([listQuotesOfEntity(db, entityId), listMentionsOfEntity(db, entityId), listNotes(db)]);
  const clipIds = [...new Set([...quotes.map((q) => q.clipId), ...mentions.map((m) => m.clipId)])];
  const clips = new Map<Id, Clip>();
  for (const clip of await Promise.all(clipIds.map((id) => getClip(db, id)))) {
    if (clip && clip.deletedAt === null) clips.set(clip.id, clip);
  }
  const withClip = (q: Quote): QuoteWithClip[] => (clips.has(q.clipId) ? [{ quote: q, clip: clips.get(q.clipId)! }] : []);
  const mentioned = [...new Set(mentions.map((m) => m.clipId))].flatMap((id) => (clips.has(id) ? [clips.get(id)!] : []));
  return {
    spoken: quotes.filter((q) => q.speakerId === entityId).flatMap(withClip),
    tagged: quotes.filter((q) => q.speakerId !== entityId && q.entityIds.includes(entityId)).flatMap(withClip),
    clips: mentioned,
    notes: notes.filter((n) => n.entityIds.includes(entityId)),
  };
}
