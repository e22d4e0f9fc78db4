import type { PreparedSource } from './sources';

/** What the Library's buttons, the menu, drops and pastes ask the app-wide ClipHost to do. */
export type ClipCommand =
  | { type: 'open-dialog'; initial?: PreparedSource }
  | { type: 'import'; files: File[] }
  | { type: 'pick-files' };

const listeners = new Set<(command: ClipCommand) => void>();

export function requestClip(command: ClipCommand): void {
  for (const listener of listeners) listener(command);
}

export function onClipCommand(listener: (command: ClipCommand) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
