/// <reference lib="webworker" />
/**
 * A fast copy of the indexed documents, for snippets and phrase checks: one
 * append-only file in the origin-private file system, read synchronously from the
 * worker. Fetching a page of results from IndexedDB costs a round trip per
 * document (10-20 ms for twenty at 50k documents); reading them here costs well
 * under a millisecond.
 *
 * IndexedDB stays the source of truth. Every record is checked (id and version)
 * when read, and anything missing, stale or unreadable is read from IndexedDB
 * instead and copied here. The file needs a sync access handle, which one worker
 * holds at a time: a second window, or a browser without the API, simply goes
 * without it.
 */
import type { SearchDoc } from '../../shared/search/types';

/** Where each document's record sits in the file, as persisted with the index snapshot. */
export type DocFilePositions = { ids: string; offsets: Float64Array; lengths: Uint32Array; size: number };
export type Position = { at: number; length: number };

/** Once dead records (replaced or removed documents) outweigh live ones past this size, the file starts over. */
const RESET_GARBAGE_BYTES = 32 * 1024 * 1024;

export class DocFile {
  private readonly positions = new Map<string, Position>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private liveBytes = 0;

  private constructor(private readonly handle: FileSystemSyncAccessHandle, private size: number) {}

  /** The file for this index, or null when the origin-private file system or its sync access is unavailable or held elsewhere. */
  static async open(name: string): Promise<DocFile | null> {
    try {
      if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
      const directory = await navigator.storage.getDirectory();
      const file = await directory.getFileHandle(`${name}.docs`, { create: true });
      if (!('createSyncAccessHandle' in file)) return null;
      const handle = await file.createSyncAccessHandle();
      return new DocFile(handle, handle.getSize());
    } catch {
      return null;
    }
  }

  close(): void {
    this.handle.close();
  }

  /**
   * Appends the documents' records; returns where each went, to log beside the
   * documents (undefined for a record that did not fit: a full disk or quota never
   * fails the write to IndexedDB, the copy is simply missing).
   */
  append(docs: SearchDoc[]): (Position | undefined)[] {
    const records = docs.map((doc) => this.encoder.encode(JSON.stringify(doc)));
    const batch = new Uint8Array(records.reduce((sum, record) => sum + record.length, 0));
    let offset = 0;
    const planned = records.map((record) => {
      batch.set(record, offset);
      const position = { at: this.size + offset, length: record.length };
      offset += record.length;
      return position;
    });
    let written = 0;
    try {
      written = this.handle.write(batch, { at: this.size });
    } catch {
      written = 0;
    }
    const end = this.size + written;
    this.size = end;
    return planned.map((position, i) => {
      const id = docs[i]!.id;
      if (position.at + position.length > end) {
        this.forget(id);
        return undefined;
      }
      this.place(id, position);
      return position;
    });
  }

  /** The document with this id and version, or undefined when the file lacks it or holds another version. */
  read(id: string, version: number): SearchDoc | undefined {
    const position = this.positions.get(id);
    if (!position || position.at + position.length > this.size) return undefined;
    try {
      const bytes = new Uint8Array(position.length);
      if (this.handle.read(bytes, { at: position.at }) !== position.length) return undefined;
      const doc = JSON.parse(this.decoder.decode(bytes)) as SearchDoc;
      return doc.id === id && doc.version === version ? doc : undefined;
    } catch {
      return undefined;
    }
  }

  forget(id: string): void {
    const position = this.positions.get(id);
    if (!position) return;
    this.liveBytes -= position.length;
    this.positions.delete(id);
  }

  place(id: string, position: Position): void {
    this.forget(id);
    this.positions.set(id, position);
    this.liveBytes += position.length;
  }

  /** Starts over, empty (a rebuild, or too much dead space). */
  clear(): void {
    this.handle.truncate(0);
    this.size = 0;
    this.positions.clear();
    this.liveBytes = 0;
  }

  /** True when starting over is worth losing the copies (they come back as documents are read or written). */
  get wasteful(): boolean {
    const garbage = this.size - this.liveBytes;
    return garbage > RESET_GARBAGE_BYTES && garbage > this.liveBytes;
  }

  /** What to persist with a snapshot; flushes the file first so the positions never outlive its bytes. */
  snapshot(): DocFilePositions {
    this.handle.flush();
    const ids: string[] = [];
    const offsets = new Float64Array(this.positions.size);
    const lengths = new Uint32Array(this.positions.size);
    for (const [id, position] of this.positions) {
      offsets[ids.length] = position.at;
      lengths[ids.length] = position.length;
      ids.push(id);
    }
    return { ids: ids.join('\n'), offsets, lengths, size: this.size };
  }

  /** Takes back persisted positions, keeping only those the file still holds. */
  restore(saved: DocFilePositions): void {
    const ids = saved.ids === '' ? [] : saved.ids.split('\n');
    ids.forEach((id, i) => {
      const position = { at: saved.offsets[i]!, length: saved.lengths[i]! };
      if (position.at + position.length <= this.size) this.place(id, position);
    });
  }
}
