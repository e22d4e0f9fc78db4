import 'fake-indexeddb/auto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssets } from '../assets';
import { addClip, addClips, trashClip, updateClip } from '../clips';
import type { LibraryDb } from '../db';
import { createEntity } from '../entities';
import { mergeEntities } from '../entity-merge';
import { addMentions } from '../mentions';
import { createNote } from '../notes';
import { createQuote } from '../quotes';
import { setSetting } from '../settings';
import { StorageWriteError } from '../durability';
import { clipDraft, dumpLibrary, fillDiskFor, freshLibrary, quoteDraft } from '../testing';
import { sha256Hex } from './checksums';
import { exportLibrary } from './export';
import { importLibrary } from './import';
import { BackupError } from './parse';

let db: LibraryDb;
let other: LibraryDb | undefined;
afterEach(() => {
  db?.close();
  other?.close();
});

/** A small library with one of everything, including a blob, a trashed clip and a merge. */
async function sampleLibrary(db: LibraryDb) {
  const { clip } = await addClip(db, clipDraft({ title: 'Geneva talks «ÉÑ» 😀' }));
  const { clip: trashed } = await addClip(db, clipDraft());
  const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Путин'] });
  const dup = await createEntity(db, { kind: 'person', name: 'V. Putin' });
  const npt = await createEntity(db, {
    kind: 'treaty', name: 'NPT', treaty: { abbreviation: 'NPT', signed: '1968', inForce: '1970', ended: null, status: 'in-force', events: [{ date: '1995', label: 'extended' }], partyIds: [dup.id] },
  });
  const quote = await createQuote(db, quoteDraft(clip.id, { speakerId: dup.id, entityIds: [npt.id], comment: 'key line', colour: 'pink' }));
  await createQuote(db, quoteDraft(trashed.id));
  await addMentions(db, [{ clipId: clip.id, entityId: putin.id, start: 3, end: 8, text: 'Putin' }]);
  await addAssets(db, [
    { clipId: clip.id, sourceUrl: 'https://img.example/a.png', mimeType: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255])], { type: 'image/png' }) },
    { clipId: clip.id, sourceUrl: 'https://img.example/b.png', mimeType: 'image/png', blob: null, error: 'HTTP 404' },
  ]);
  await createNote(db, { title: 'Draft', content: '{"root":{}}', text: 'draft', quoteIds: [quote.id], entityIds: [putin.id], clipIds: [clip.id] });
  await setSetting(db, 'theme', { mode: 'dark', sizes: [1, 2] });
  await mergeEntities(db, putin.id, dup.id);
  await trashClip(db, trashed.id);
  return { clip, putin };
}

type Files = Record<string, Uint8Array>;
/** Edits a backup's entries and zips it again with checksums that fit, as a hand-made hostile file would. */
async function rezip(bytes: Uint8Array, mutate: (files: Files) => void): Promise<Uint8Array> {
  const files = unzipSync(bytes) as Files;
  mutate(files);
  if (files['manifest.json']) {
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as { sha256?: Record<string, string> };
    if (manifest.sha256) {
      const names = Object.keys(files).filter((name) => name !== 'manifest.json');
      manifest.sha256 = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await sha256Hex(files[name]!)])));
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
    }
  }
  return zipSync(files, { level: 0 });
}
/** Rewrites the uncompressed size the zip's central directory declares for a file, as a zip bomb would. */
function declareSize(bytes: Uint8Array, file: RegExp, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const name = strFromU8(out.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    if (file.test(name)) view.setUint32(at + 24, size, true);
  }
  return out;
}
const editJson = (files: Files, name: string, edit: (value: Record<string, unknown>) => void) => {
  const value = JSON.parse(strFromU8(files[name]!)) as Record<string, unknown>;
  edit(value);
  files[name] = strToU8(JSON.stringify(value));
};
const editLines = (files: Files, name: string, edit: (lines: string[]) => string[]) => {
  files[name] = strToU8(edit(strFromU8(files[name]!).trim().split('\n')).join('\n') + '\n');
};

describe('backup round trip', () => {
  it('export -> wipe -> import gives back the identical library, blobs included', async () => {
    db = await freshLibrary();
    await sampleLibrary(db);
    const before = await dumpLibrary(db);
    const bytes = await exportLibrary(db, { appVersion: '0.1.0' });

    other = await freshLibrary();
    await addClip(other, clipDraft({ title: 'will be replaced' }));
    const result = await importLibrary(other, bytes, 'replace');
    expect(result.written).toMatchObject({ clips: 2, quotes: 2, entities: 3, assets: 2, mentions: 1, notes: 1, settings: 1 });
    expect(await dumpLibrary(other)).toEqual(before);
    expect((before.assets![0] as { blob: { bytes: number[] } }).blob.bytes).toEqual([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
  });

  it('merge keeps, per record, the copy updated last', async () => {
    db = await freshLibrary();
    const { clip } = await sampleLibrary(db);
    const bytes = await exportLibrary(db, { appVersion: '0.1.0' });
    const edited = await updateClip(db, clip.id, { title: 'edited after the backup' });
    const { clip: extra } = await addClip(db, clipDraft());
    await db.notes.clear();

    const result = await importLibrary(db, bytes, 'merge');
    expect(result.kept.clips).toBe(2);
    expect(result.written.clips).toBe(0);
    expect(result.written.notes).toBe(1);
    expect((await db.clips.get(clip.id))!.title).toBe(edited.title);
    expect(await db.clips.get(extra.id)).toBeDefined();
    expect(await db.notes.count()).toBe(1);
  });
});

describe('an import larger than one write batch', () => {
  it('writes every record, and a failure after the first batches leaves the library untouched', async () => {
    db = await freshLibrary();
    await addClips(db, Array.from({ length: 600 }, () => clipDraft()));
    await sampleLibrary(db);
    const bytes = await exportLibrary(db, { appVersion: '0.1.0' });

    other = await freshLibrary();
    await expect(importLibrary(other, bytes, 'replace')).resolves.toMatchObject({ written: { clips: 602, quotes: 2 } });
    await expect(importLibrary(other, bytes, 'merge')).resolves.toMatchObject({ written: { clips: 0 }, kept: { clips: 602 } });
    expect(await dumpLibrary(other)).toEqual(await dumpLibrary(db));

    // Notes are written after every clip batch: the whole import must still roll back.
    const target = await freshLibrary();
    await addClip(target, clipDraft({ title: 'stays' }));
    const before = await dumpLibrary(target);
    await fillDiskFor(target, 'notes');
    for (const mode of ['replace', 'merge'] as const) {
      await expect(importLibrary(target, bytes.slice(), mode)).rejects.toBeInstanceOf(StorageWriteError);
      expect(await dumpLibrary(target)).toEqual(before);
    }
    target.close();
  });
});

describe('a malformed backup is refused and the library stays untouched', () => {
  let valid: Uint8Array;
  let before: Record<string, unknown[]>;
  beforeEach(async () => {
    db = await freshLibrary();
    await sampleLibrary(db);
    valid = await exportLibrary(db, { appVersion: '0.1.0' });
    before = await dumpLibrary(db);
  });

  const cases: [string, (valid: Uint8Array) => Uint8Array | Promise<Uint8Array>, RegExp][] = [
    ['not a zip', () => strToU8('{"format":"quire-backup"}'), /not a zip file/],
    ['empty file', () => new Uint8Array(), /not a zip file/],
    ['truncated', (v) => v.slice(0, Math.floor(v.length * 0.6)), /damaged or incomplete/],
    ['wrong format', (v) => rezip(v, (f) => editJson(f, 'manifest.json', (m) => (m.format = 'zotero'))), /manifest.json: format is not "quire-backup"/],
    ['wrong version', (v) => rezip(v, (f) => editJson(f, 'manifest.json', (m) => (m.version = 3))), /manifest.json: version is not 1 or 2/],
    ['missing manifest', (v) => rezip(v, (f) => delete f['manifest.json']), /manifest.json is missing/],
    ['missing table', (v) => rezip(v, (f) => delete f['quotes.jsonl']), /quotes.jsonl is missing/],
    ['missing asset file', (v) => rezip(v, (f) => { for (const n of Object.keys(f)) if (n.startsWith('assets/')) delete f[n]; }), /holds 0 asset files but the manifest says 1/],
    ['unexpected file', (v) => rezip(v, (f) => (f['../evil.sh'] = strToU8('rm -rf /'))), /unexpected file "..\/evil.sh"/],
    ['counts mismatch', (v) => rezip(v, (f) => editJson(f, 'manifest.json', (m) => ((m.counts as Record<string, number>).clips = 3))), /clips.jsonl has 2 records but the manifest says 3/],
    ['duplicate ids', (v) => rezip(v, (f) => editLines(f, 'clips.jsonl', (l) => [l[0]!, l[0]!])), /clips.jsonl line 2: the id \w+ appears twice/],
    ['__proto__ key', (v) => rezip(v, (f) => editLines(f, 'clips.jsonl', (l) => [l[0]!.replace('{', '{"__proto__":{"polluted":true},'), l[1]!])), /clips.jsonl line 1 is not valid: it contains the forbidden key "__proto__"/],
    ['nested constructor key', (v) => rezip(v, (f) => editLines(f, 'settings.jsonl', (l) => [l[0]!.replace('"value":{', '"value":{"constructor":{"prototype":{}},')])), /settings.jsonl line 1 is not valid: it contains the forbidden key/],
    ['oversized text', (v) => rezip(v, (f) => editLines(f, 'clips.jsonl', (l) => [l[0]!.replace(/"text":"[^"]*"/, `"text":"${'x'.repeat(5 * 1024 * 1024 + 1)}"`), l[1]!])), /clips.jsonl line 1: text is longer than 5242880 characters/],
    ['wrong type', (v) => rezip(v, (f) => editLines(f, 'clips.jsonl', (l) => [l[0]!.replace(/"wordCount":\d+/, '"wordCount":"12"'), l[1]!])), /clips.jsonl line 1: wordCount/],
    ['unknown field', (v) => rezip(v, (f) => editLines(f, 'notes.jsonl', (l) => [l[0]!.replace('{', '{"script":"x",')])), /notes.jsonl line 1: .*script/i],
    ['invalid JSON', (v) => rezip(v, (f) => editLines(f, 'quotes.jsonl', (l) => [l[0]!.slice(0, -3), l[1]!])), /quotes.jsonl line 1 is not valid/],
    ['dangling quote', (v) => rezip(v, (f) => {
      editLines(f, 'clips.jsonl', (l) => l.filter((line) => !line.includes('"deletedAt":null')));
      editJson(f, 'manifest.json', (m) => ((m.counts as Record<string, number>).clips = 1));
    }), /belongs to a clip \(\w+\) that is not in the backup/],
    ['asset declaring a huge size, a zip bomb (refused before inflating)', (v) => declareSize(v, /^assets\//, 50 * 1024 * 1024 + 1), /assets\/\w+ is larger than 52428800 bytes/],
    ['table declaring a huge size, a zip bomb', (v) => declareSize(v, /^clips\.jsonl$/, 480 * 1024 * 1024 + 1), /clips.jsonl is larger than/],
    ['asset size mismatch', (v) => rezip(v, (f) => { const name = Object.keys(f).find((n) => n.startsWith('assets/'))!; f[name] = new Uint8Array([1]); }), /has 1 bytes but its record says 10/],
  ];

  for (const [name, corrupt, message] of cases) {
    it(name, async () => {
      for (const mode of ['replace', 'merge'] as const) {
        const error = await importLibrary(db, await corrupt(valid), mode).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).toMatch(/Your library was not changed\.$/);
      }
      expect(await dumpLibrary(db)).toEqual(before);
    });
  }

  it('the untouched valid file still imports (the cases above fail for their own reason)', async () => {
    await expect(importLibrary(db, valid, 'replace')).resolves.toMatchObject({ mode: 'replace' });
    expect(await dumpLibrary(db)).toEqual(before);
  });
});
