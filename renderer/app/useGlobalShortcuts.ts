import { useEffect } from 'react';
import { requestClip } from '../features/clip-actions/commands';
import { PLACES } from './places';
import type { PlaceId } from './places';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+1..4 and Ctrl/Cmd+, move between places from anywhere; "/" jumps to
 * Search unless the user is typing; Ctrl/Cmd+O imports files.
 */
export function useGlobalShortcuts(go: (place: PlaceId) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        requestClip({ type: 'pick-files' });
        return;
      }
      if (mod && !event.altKey && !event.shiftKey) {
        const place = PLACES.find((p) => p.key === event.key);
        if (place) {
          event.preventDefault();
          go(place.id);
        }
        return;
      }
      if (event.key === '/' && !mod && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        go('search');
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [go]);
}

export function shortcutLabel(key: string): string {
  return `${isMac ? '⌘' : 'Ctrl+'}${key}`;
}
