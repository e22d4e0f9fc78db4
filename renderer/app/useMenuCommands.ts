import { useEffect } from 'react';
import { NEW_NOTE_HREF } from '../features/notes/NotesScreen';
import { searchHash } from '../features/search/search-route';
import { takeOpenedBackup } from '../features/settings/opened-backup';
import type { Shell } from '../shell';
import type { PlaceId } from './places';

/**
 * The desktop menu's commands that move the user somewhere (clipping commands go
 * to ClipHost, Quote to the reader), and a .quire file opened from the OS.
 */
export function useMenuCommands(shell: Shell, go: (place: PlaceId) => void): void {
  useEffect(() => {
    // A .quire file opened with Quire before the window was ready is waiting: offer it in Settings.
    const openBackup = () =>
      takeOpenedBackup(shell).then(
        (found) => found && go('settings'),
        (error: unknown) => console.error('Taking the opened backup failed:', error),
      );
    void openBackup();
    return shell.on('app:command', ({ command, text }) => {
      if (command === 'open-backup') void openBackup();
      else if (command === 'find') go('search');
      else if (command === 'search-selection' && text) window.location.hash = searchHash({ q: text, type: 'all' });
      else if (command === 'settings' || command === 'export') go('settings');
      else if (command === 'new-note') window.location.hash = NEW_NOTE_HREF;
    });
  }, [shell, go]);
}
