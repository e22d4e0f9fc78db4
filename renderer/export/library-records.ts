import type { ExportRecords } from '../../shared/export/records';
import type { Entity, Note } from '../../shared/model';
import { extractLinks } from '../../shared/notes/links';
import { withMentionNames } from '../../shared/notes/mention-names';
import { countClips, listClips } from '../db/clips';
import type { LibraryDb } from '../db/db';
import { listEntities } from '../db/entities';
import { listNotes } from '../db/notes';
import { listQuotesOfClip } from '../db/quotes';
import { loadMentionTargets } from '../features/notes/mention-targets';

/** Every live record an export may draw on; the export picks what the selection needs. */
export async function loadExportRecords(db: LibraryDb): Promise<ExportRecords> {
  // IndexedDB counts are unsigned 32-bit: ask for exactly as many clips as there are.
  const count = await countClips(db);
  const [clips, entities, notes] = await Promise.all([
    listClips(db, { limit: Math.max(1, count), sort: 'createdAt' }),
    listEntities(db),
    listNotes(db),
  ]);
  const quotes = (await Promise.all(clips.map((clip) => listQuotesOfClip(db, clip.id)))).flat();
  return { clips: clips.reverse(), quotes, entities, notes: await withCurrentMentionNames(db, notes, entities) };
}

/** Notes store a mention's name as it was when inserted; an export prints the entity's name today (after renames and merges). */
async function withCurrentMentionNames(db: LibraryDb, notes: Note[], liveEntities: Entity[]): Promise<Note[]> {
  const targets = await loadMentionTargets(db, notes.flatMap((note) => extractLinks(note.content).entityIds), liveEntities);
  const nameOf = (id: string) => targets.get(id)?.name ?? null;
  return notes.map((note) => {
    const content = withMentionNames(note.content, nameOf);
    return content === note.content ? note : { ...note, content };
  });
}
