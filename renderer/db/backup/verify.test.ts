import 'fake-indexeddb/auto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssets } from '../assets';
import { addClip } from '../clips';
import type { LibraryDb } from '../db';
import { createEntity } from '../entities';
import { addMentions } from '../mentions';
import { createNote } from '../notes';
import { createQuote } from '../quotes';
import { setSetting } from '../settings';
import { clipDraft, dumpLibrary, freshLibrary, quoteDraft } from '../testing';
import { exportLibrary } from './export';
import { importLibrary } from './import';
import { BackupError, type ParsedBackup, parseBackup } from './parse';
import { MAX_OVERRUN_BYTES } from './zip-inflate';
import { bombContent, declareSize, entrySpans, flipBit, spanOf, withEntry } from './zip-testing';

let db: LibraryDb;
let valid: Uint8Array;
let before: Record<string, unknown[]>;
afterEach(() => db?.close());
beforeEach(async () => {
  db = await freshLibrary();
  const { clip } = await addClip(db, clipDraft({ title: 'Geneva talks', text: 'The ministers met in Geneva and agreed on nothing. '.repeat(40) }));
  const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Путин'] });
  const quote = await createQuote(db, quoteDraft(clip.id, { speakerId: putin.id, comment: 'key line' }));
  await addMentions(db, [{ clipId: clip.id, entityId: putin.id, start: 4, end: 13, text: 'ministers' }]);
  // A PNG's signature, then bytes that do not compress: the import keeps only what its bytes show is an image.
  const image = Uint8Array.from({ length: 2048 }, (_, i) => (i < 8 ? [137, 80, 78, 71, 13, 10, 26, 10][i]! : (i * 7919) % 256));
  await addAssets(db, [{ clipId: clip.id, sourceUrl: 'https://img.example/a.png', mimeType: 'image/png', blob: new Blob([image], { type: 'image/png' }) }]);
  await createNote(db, { title: 'Draft', content: '{"root":{}}', text: 'draft', quoteIds: [quote.id], entityIds: [putin.id], clipIds: [clip.id] });
  await setSetting(db, 'theme', { mode: 'dark' });
  valid = await exportLibrary(db, { appVersion: '0.1.0' });
  before = await dumpLibrary(db);
});

/** What a parse gives, with blobs read, so two parses compare by content. */
async function contents({ manifest, tables }: ParsedBackup) {
  const assets = await Promise.all(tables.assets.map(async (a) => ({ ...a, blob: a.blob && Array.from(new Uint8Array(await a.blob.arrayBuffer())) })));
  return { manifest, tables: { ...tables, assets } };
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await importLibrary(db, bytes, 'replace').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  expect(await dumpLibrary(db)).toEqual(before);
  return (error as Error).message;
}

describe('a damaged backup is refused, naming the entry, and the library is unchanged', () => {
  it('a bit flipped in the packed bytes of each entry, the stored image included', async () => {
    const names = entrySpans(valid).map((s) => s.name);
    expect(names.filter((n) => n.startsWith('assets/'))).toHaveLength(1);
    for (const name of names) {
      for (const at of [0.2, 0.5, 0.8]) {
        const span = spanOf(valid, name);
        const message = await refusal(flipBit(valid, name, Math.floor(span.packedSize * at), 3));
        expect(message).toMatch(new RegExp(`^This backup cannot be imported: ${name} is damaged \\(.+\\)\\. Your library was not changed\\.$`));
      }
    }
  });

  it('of 1,001 single-bit flips over all packed data, none changes what is restored', async () => {
    const original = await contents(await parseBackup(valid));
    const spans = entrySpans(valid);
    const bits = spans.reduce((n, s) => n + s.packedSize * 8, 0);
    let refused = 0;
    for (let k = 0; k < 1001; k += 1) {
      let bit = Math.floor((k * bits) / 1001);
      const span = spans.find((s) => (bit < s.packedSize * 8 ? true : ((bit -= s.packedSize * 8), false)))!;
      const flipped = flipBit(valid, span.name, Math.floor(bit / 8), bit % 8);
      const parsed = await parseBackup(flipped).catch((e: unknown) => e);
      if (parsed instanceof BackupError) {
        refused += 1;
        expect(parsed.message).toContain(`${span.name} is damaged`);
      } else {
        // A flip the format ignores (padding after the last block) leaves every record as it was.
        expect(await contents(parsed as ParsedBackup)).toEqual(original);
      }
    }
    expect(refused).toBeGreaterThan(990);
  }, 120_000);

  it('an entry changed with a CRC to match is caught by its SHA-256 in the manifest', async () => {
    const files = unzipSync(valid);
    const clips = strFromU8(files['clips.jsonl']!).replace('Geneva talks', 'Geneva walks');
    const message = await refusal(zipSync({ ...files, 'clips.jsonl': strToU8(clips) }));
    expect(message).toBe('This backup cannot be imported: clips.jsonl is damaged (checksum mismatch). Your library was not changed.');
  });

  it('a version 2 manifest without its checksums is refused; a version 1 backup (CRC-32 only) still imports', async () => {
    const files = unzipSync(valid);
    const { sha256: _sha256, ...manifest } = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
    const rezipped = (version: number) => zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, version })) });
    expect(await refusal(rezipped(2))).toMatch(/manifest.json: sha256 is missing/);
    await db.clips.clear();
    await expect(importLibrary(db, rezipped(1), 'replace')).resolves.toMatchObject({ written: { clips: 1, assets: 1 } });
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('two entries of the same name are refused (a reader could take either)', async () => {
    const out = valid.slice();
    for (const span of [spanOf(valid, 'notes.jsonl')]) {
      out.set(strToU8('clips.jsonl'), span.central + 46);
      out.set(strToU8('clips.jsonl'), span.local + 30);
    }
    expect(await refusal(out)).toMatch(/it holds clips.jsonl twice/);
  });
});

describe('a zip bomb is refused before it fills memory', () => {
  const inflatedBy = async (bytes: Uint8Array) => {
    const counted = new Map<string, number>();
    const error = await parseBackup(bytes, (name, n) => counted.set(name, (counted.get(name) ?? 0) + n)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    return { message: (error as Error).message, counted };
  };
  const BOMB = 16 * 1024 * 1024;

  it('an entry that declares a ratio only a bomb has is refused before anything is inflated', async () => {
    const bomb = withEntry(valid, 'clips.jsonl', bombContent(BOMB), 9);
    expect(bomb.length).toBeLessThan(BOMB / 200);
    const { message, counted } = await inflatedBy(bomb);
    expect(message).toMatch(new RegExp(`clips.jsonl would unpack \\d+ bytes into ${BOMB}, more than 100 times`));
    expect(counted.size).toBe(0);
    expect(await refusal(bomb)).toBe(message);
  });

  it('an entry that hides a bomb behind a small declared size is stopped at that size', async () => {
    const declared = 512 * 1024;
    const real = 4 * BOMB;
    // The bound below means something only if it stops well short of the bomb.
    expect(declared + MAX_OVERRUN_BYTES).toBeLessThan(real / 2);
    const liar = declareSize(withEntry(valid, 'clips.jsonl', bombContent(real), 9), 'clips.jsonl', declared);
    const { message, counted } = await inflatedBy(liar);
    expect(message).toMatch(`clips.jsonl is damaged (it unpacks to more than the ${declared} bytes it declares)`);
    expect(counted.get('clips.jsonl')).toBeGreaterThan(declared);
    expect(counted.get('clips.jsonl')).toBeLessThanOrEqual(declared + MAX_OVERRUN_BYTES);
  });
});

describe('a table of contents that lies about a size is refused at the lie', () => {
  const size = (name: string) => unzipSync(valid)[name]!.length;

  it('smaller than the entry: inflating stops past the declared size', async () => {
    const declared = size('clips.jsonl') - 100;
    const message = await refusal(declareSize(valid, 'clips.jsonl', declared));
    expect(message).toMatch(`clips.jsonl is damaged (it unpacks to more than the ${declared} bytes it declares)`);
  });

  it('larger than the entry', async () => {
    const actual = size('quotes.jsonl');
    expect(await refusal(declareSize(valid, 'quotes.jsonl', actual + 100))).toMatch(`quotes.jsonl is damaged (it unpacks to ${actual} bytes, not the ${actual + 100} it declares)`);
  });

  it('a stored image whose sizes disagree', async () => {
    const name = spanOf(valid, /^assets\//).name;
    expect(await refusal(declareSize(valid, name, 1000))).toMatch(`${name} is damaged (its stored size is not its size)`);
  });

  it('only in the table of contents, not in the entry header', async () => {
    const out = valid.slice();
    const span = spanOf(valid, 'notes.jsonl');
    new DataView(out.buffer).setUint32(span.central + 24, size('notes.jsonl') - 1, true);
    expect(await refusal(out)).toMatch('notes.jsonl is damaged (its header does not match the table of contents)');
  });
});
