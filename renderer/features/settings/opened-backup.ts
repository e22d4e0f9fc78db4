import { useSyncExternalStore } from 'react';
import type { Shell } from '../../shell';

/** A .quire file the user opened with Quire from the OS, waiting for them to choose merge or replace. */
export type OpenedBackup = { name: string; bytes: Uint8Array };

let current: OpenedBackup | null = null;
const listeners = new Set<() => void>();

function set(next: OpenedBackup | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Takes the waiting file from the shell, if any; true when there was one. The web shell never has one. */
export async function takeOpenedBackup(shell: Shell): Promise<boolean> {
  if (shell.kind !== 'desktop') return false;
  const file = await shell.invoke('backup:take-opened', {});
  if (file) set(file);
  return file !== null;
}

export function dismissOpenedBackup(): void {
  set(null);
}

export function useOpenedBackup(): OpenedBackup | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}
