import { useEffect } from 'react';
import { NEW_NOTE_HREF } from '../features/notes/NotesScreen';
import { searchHash } from '../features/search/search-route';
import type { Shell } from '../shell';
import type { PlaceId } from './places';

/**
 * The desktop menu's commands that move the user somewhere (clipping commands go
 * to ClipHost, Quote to the reader).
 */
export function useMenuCommands(shell: Shell, go: (place: PlaceId) => void): void {
  useEffect(
    () =>
      shell.on('app:command', ({ command, text }) => {
        if (command === 'find') go('search');
        else if (command === 'search-selection' && text) window.location.hash = searchHash({ q: text, type: 'all' });
        else if (command === 'settings' || command === 'export') go('settings');
        else if (command === 'new-note') window.location.hash = NEW_NOTE_HREF;
      }),
    [shell, go],
  );
}
