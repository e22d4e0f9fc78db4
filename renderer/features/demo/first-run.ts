import type { LibraryDb } from '../../db/db';
import { countClips } from '../../db/clips';
import { listNotes } from '../../db/notes';
import { setSetting } from '../../db/settings';
import { seedGazetteer } from '../entities/gazetteer-seed';
import { DEMO_SETTING, getDemoState, installDemo } from './demo';
import type { DemoState } from './demo';

const preparing = new Map<string, Promise<void>>();

/**
 * Runs once per library per window before the screens read it: the starter
 * gazetteer, then the demo if the library is new (no clips, no notes, never had
 * a demo). A library that already holds work is left as it is.
 */
export function prepareLibrary(db: LibraryDb): Promise<void> {
  let running = preparing.get(db.name);
  if (!running) {
    running = firstRun(db);
    preparing.set(db.name, running);
  }
  return running;
}

export async function firstRun(db: LibraryDb): Promise<void> {
  await seedGazetteer(db);
  if ((await getDemoState(db)) !== null) return;
  const isNew = (await countClips(db)) === 0 && (await listNotes(db)).length === 0;
  if (isNew) await installDemo(db);
  else await setSetting(db, DEMO_SETTING, { status: 'skipped' } satisfies DemoState);
}
