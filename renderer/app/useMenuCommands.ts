import { useEffect } from 'react';
import { NEW_NOTE_HREF } from '../features/notes/NotesScreen';
import type { Shell } from '../shell';
import type { PlaceId } from './places';

/** The desktop menu's commands that move the user somewhere (clipping commands go to ClipHost). */
export function useMenuCommands(shell: Shell, go: (place: PlaceId) => void): void {
  useEffect(
    () =>
      shell.on('app:command', ({ command }) => {
        if (command === 'find') go('search');
        else if (command === 'settings' || command === 'export') go('settings');
        else if (command === 'new-note') window.location.hash = NEW_NOTE_HREF;
      }),
    [shell, go],
  );
}
