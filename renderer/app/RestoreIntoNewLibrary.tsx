import { useRef, useState } from 'react';
import { importOffThread } from '../db/backup/off-thread';
import { openLibrary } from '../db/db';
import { restoredLibraryName, rememberLibraryName } from './library-name';

/**
 * Restores a .quire backup into a new, empty database and makes it this
 * window's library; the library that failed to open stays as it was.
 */
export function RestoreIntoNewLibrary({ onRestored }: { onRestored: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function restore(file: File) {
    setStatus(`Restoring ${file.name}…`);
    const name = restoredLibraryName(Date.now());
    try {
      const db = await openLibrary(name);
      try {
        await importOffThread(db, new Uint8Array(await file.arrayBuffer()), 'replace');
      } finally {
        db.close();
      }
      rememberLibraryName(name);
      setStatus(null);
      onRestored();
    } catch (error) {
      setStatus(`That backup could not be restored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <>
      <button type="button" className="primary" onClick={() => input.current?.click()}>
        Restore a backup…
      </button>
      <input
        ref={input}
        type="file"
        accept=".quire"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void restore(file);
        }}
      />
      {status ? <p role="status">{status}</p> : null}
    </>
  );
}
