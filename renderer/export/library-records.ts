import type { ExportRecords } from '../../shared/export/records';
import { countClips, listClips } from '../db/clips';
import type { LibraryDb } from '../db/db';
import { listEntities } from '../db/entities';
import { listNotes } from '../db/notes';
import { listQuotesOfClip } from '../db/quotes';

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
  return { clips: clips.reverse(), quotes, entities, notes };
}
