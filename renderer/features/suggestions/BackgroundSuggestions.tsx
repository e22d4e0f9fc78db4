import { useEffect } from 'react';
import { onLibraryChange } from '../../db/changes';
import { useLibraryDb } from '../library/library-db';
import { startBackgroundSuggestions } from './background';

/** Keeps every clip's suggestions in step with the catalog, in idle moments (see background.ts). Renders nothing. */
export function BackgroundSuggestions() {
  const db = useLibraryDb();
  useEffect(() => {
    const pass = startBackgroundSuggestions(db);
    const off = onLibraryChange((change) => {
      if (change.db === db.name && change.table === 'entities') pass.wake();
    });
    return () => {
      off();
      pass.stop();
    };
  }, [db]);
  return null;
}
