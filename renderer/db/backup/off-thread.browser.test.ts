import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { addAssets } from '../assets';
import { addClip, addClips } from '../clips';
import type { LibraryDb } from '../db';
import { createEntity } from '../entities';
import { addMentions } from '../mentions';
import { createNote } from '../notes';
import { createQuote } from '../quotes';
import { setSetting } from '../settings';
import { clipDraft, dumpLibrary, freshLibrary, quoteDraft, tickingClock } from '../testing';
import type { BackupReply, BackupRequest } from './backup-worker';
import { exportLibrary } from './export';
import { importParsed } from './import';
import { exportOffThread, importOffThread, parseOffThread } from './off-thread';
import { BackupError, parseBackup } from './parse';
import { bombContent, entrySpans, flipBit, withEntry } from './zip-testing';

const opened: LibraryDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
const track = (db: LibraryDb) => (opened.push(db), db);

async function fill(db: LibraryDb) {
  const { clip } = await addClip(db, clipDraft({ title: 'Off the main thread «ÉÑ»', html: `<p>${'The ministers met in Geneva. '.repeat(200)}</p>` }));
  const person = await createEntity(db, { kind: 'person', name: 'Jens Stoltenberg', aliases: ['Столтенберг'] });
  const treaty = await createEntity(db, { kind: 'treaty', name: 'New START' });
  const quote = await createQuote(db, quoteDraft(clip.id, { speakerId: person.id, entityIds: [treaty.id], comment: 'key line' }));
  await addMentions(db, [{ clipId: clip.id, entityId: person.id, start: 3, end: 8, text: 'minis' }]);
  await addAssets(db, [{ clipId: clip.id, sourceUrl: 'https://i.example/p.png', mimeType: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255])], { type: 'image/png' }) }]);
  await createNote(db, { title: 'Notes', content: '{"root":{}}', text: 'notes', quoteIds: [quote.id], entityIds: [person.id], clipIds: [clip.id] });
  await setSetting(db, 'theme', { mode: 'dark' });
}

/** Resolves 'deleted' or 'blocked', whichever the delete request reports first. */
function deleteDatabase(name: string): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve('deleted');
    request.onblocked = () => resolve('blocked');
    request.onerror = () => reject(request.error);
  });
}

describe('backups in a worker', () => {
  it('exports, parses and imports back the identical library, image included, with the window clock in the manifest', async () => {
    const clock = tickingClock();
    let lastReading = 0;
    const db = track(await freshLibrary({ now: () => (lastReading = clock()) }));
    await fill(db);
    // More clips than the worker sends in one message, so the window puts the batches back together.
    await addClips(db, Array.from({ length: 600 }, () => clipDraft()));

    const bytes = await exportOffThread(db, { appVersion: 'worker' });
    const exportedAt = lastReading;
    const parsed = await parseOffThread(bytes);
    expect(bytes.length).toBe(0);
    expect(parsed.manifest).toMatchObject({ appVersion: 'worker', createdAt: new Date(exportedAt).toISOString(), assetFiles: 1 });
    expect(parsed.manifest.counts).toEqual({ clips: 601, assets: 1, entities: 2, quotes: 1, mentions: 1, notes: 1, settings: 1 });
    expect(parsed.tables.assets[0]!.blob).toBeInstanceOf(Blob);

    const target = track(await freshLibrary());
    const result = await importParsed(target, parsed, 'replace');
    expect(result.written).toMatchObject({ clips: 601, assets: 1, entities: 2, quotes: 1, mentions: 1, notes: 1, settings: 1 });
    expect(await dumpLibrary(target)).toEqual(await dumpLibrary(db));
  });

  it('imports a file the window exported, parsed in a worker and written here', async () => {
    const db = track(await freshLibrary());
    await fill(db);
    const target = track(await freshLibrary());
    await addClip(target, clipDraft({ title: 'will be replaced' }));
    await importOffThread(target, await exportLibrary(db, { appVersion: 'window' }), 'replace');
    expect(await dumpLibrary(target)).toEqual(await dumpLibrary(db));
  });

  it('refuses a malformed file with the BackupError the window would give, and leaves the library alone', async () => {
    const db = track(await freshLibrary());
    await fill(db);
    const valid = await exportLibrary(db, { appVersion: 'window' });
    const withManifest = (edit: (manifest: Record<string, unknown>) => void) => {
      const files = unzipSync(valid);
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
      edit(manifest);
      return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    };
    const malformed = [
      strToU8('not a zip at all'),
      valid.slice(0, Math.floor(valid.length * 0.6)),
      withManifest((m) => (m.version = 3)),
      withManifest((m) => ((m.counts as Record<string, number>).quotes = 5)),
    ];
    const before = await dumpLibrary(db);
    for (const bytes of malformed) {
      const inThread = await parseBackup(bytes.slice()).catch((error: unknown) => error);
      expect(inThread).toBeInstanceOf(BackupError);
      const offThread = await importOffThread(db, bytes, 'replace').catch((error: unknown) => error);
      expect(offThread).toBeInstanceOf(BackupError);
      expect(offThread).toMatchObject({ name: 'BackupError', message: (inThread as BackupError).message });
    }
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('refuses a backup the app exported with a bit flipped in any of several entries, the image included, naming the entry', async () => {
    const db = track(await freshLibrary());
    await fill(db);
    const before = await dumpLibrary(db);
    const exported = await exportOffThread(db, { appVersion: 'worker' });
    const image = entrySpans(exported).find((span) => span.name.startsWith('assets/'))!.name;
    for (const name of ['clips.jsonl', 'quotes.jsonl', 'notes.jsonl', 'entities.jsonl', 'settings.jsonl', image]) {
      const span = entrySpans(exported).find((s) => s.name === name)!;
      for (const mode of ['replace', 'merge'] as const) {
        const error = await importOffThread(db, flipBit(exported, name, Math.floor(span.packedSize / 2), 5), mode).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(new RegExp(`^This backup cannot be imported: ${name} is damaged \\(.+\\)\\. Your library was not changed\\.$`));
      }
    }
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('refuses a zip bomb in the worker before inflating it', async () => {
    const db = track(await freshLibrary());
    await fill(db);
    const before = await dumpLibrary(db);
    const bomb = withEntry(await exportLibrary(db, { appVersion: 'window' }), 'clips.jsonl', bombContent(32 * 1024 * 1024), 9);
    const error = await importOffThread(db, bomb, 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/clips.jsonl would unpack \d+ bytes into 33554432, more than 100 times, as only a zip bomb does/);
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it("closes its connection once the export is done, so deleting the library is not blocked even while the worker lives on", async () => {
    const db = track(await freshLibrary());
    await fill(db);
    // The client terminates its worker, which would close the connection anyway: this one is kept alive to see the worker close it.
    const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
    try {
      const reply = await new Promise<BackupReply>((resolve) => {
        worker.onmessage = (event: MessageEvent<BackupReply>) => resolve(event.data);
        worker.postMessage({ kind: 'export', name: db.name, appVersion: 'worker', now: db.now() } satisfies BackupRequest);
      });
      expect(reply.kind === 'done' && reply.result).toBeInstanceOf(Uint8Array);
      db.close();
      expect(await deleteDatabase(db.name)).toBe('deleted');
    } finally {
      worker.terminate();
    }
  });
});
