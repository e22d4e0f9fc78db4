import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** A .quire file the user opened with Quire (double-click, "Open with", drag on the dock icon). */
export type OpenedFile = { name: string; bytes: Uint8Array };

export type OpenedFiles = {
  /** Takes a path from the command line or the OS; returns whether it was a backup Quire kept for the UI. */
  offer(filePath: string): Promise<boolean>;
  /** Hands the oldest waiting file to the UI, once. */
  take(): OpenedFile | null;
};

const EXTENSION = '.quire';

/**
 * The files wait here until the UI asks for them: the OS may hand a file over
 * before the window has loaded. Only .quire files, and only up to the size a
 * backup may be, are read; the UI validates the contents before importing.
 */
export function createOpenedFiles({ maxBytes }: { maxBytes: number }): OpenedFiles {
  const waiting: OpenedFile[] = [];
  return {
    async offer(filePath) {
      if (path.extname(filePath).toLowerCase() !== EXTENSION) return false;
      try {
        const info = await stat(filePath);
        if (!info.isFile() || info.size > maxBytes) return false;
        waiting.push({ name: path.basename(filePath), bytes: new Uint8Array(await readFile(filePath)) });
        return true;
      } catch {
        return false;
      }
    },
    take: () => waiting.shift() ?? null,
  };
}

/** The .quire paths among a process's arguments (Windows and Linux pass opened files this way). */
export function quirePathsIn(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(EXTENSION));
}
