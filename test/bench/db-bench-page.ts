/**
 * The part of `npm run bench:db` that runs inside Chromium: builds a 50k-clip library
 * through the repositories in real IndexedDB and times the reads the UI makes.
 */
import { exportLibrary } from '../../renderer/db/backup/export';
import { importLibrary } from '../../renderer/db/backup/import';
import { addClips, type ClipDraft, getClip, listClips } from '../../renderer/db/clips';
import { openLibrary } from '../../renderer/db/db';
import { getEntity } from '../../renderer/db/entities';
import { listQuotesOfClip, listQuotesOfEntity } from '../../renderer/db/quotes';
import { newId } from '../../shared/ids';
import type { Entity, Quote } from '../../shared/model';

export type BenchConfig = { clips: number; quotesPerClip: number; entities: number; batch: number };
export type BenchRow = { what: string; ms: number; note: string };

/** A small deterministic PRNG, so every run builds the same library. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function draft(i: number, paragraphs: string[], titles: string[], rnd: () => number): ClipDraft {
  const count = 6 + Math.floor(rnd() * 7);
  const chosen = Array.from({ length: count }, () => paragraphs[Math.floor(rnd() * paragraphs.length)]!);
  const text = chosen.join('\n\n');
  const day = new Date(Date.UTC(2004, 0, 1) + Math.floor(rnd() * 7300) * 86_400_000).toISOString().slice(0, 10);
  return {
    url: `https://news.example/${i}`,
    canonicalUrl: `https://news.example/${i}`,
    title: titles[i % titles.length]!,
    byline: 'BBC News',
    siteName: 'BBC News',
    publishedAt: day,
    lang: 'en',
    excerpt: text.slice(0, 200),
    html: chosen.map((p) => `<p>${p}</p>`).join('\n'),
    text,
    wordCount: text.split(/\s+/).length,
    contentHash: `bench-${i}`,
    source: 'import',
  };
}

async function median(runs: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function runBench(paragraphs: string[], titles: string[], config: BenchConfig): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rnd = random(42);
  const db = await openLibrary(`quire-bench-${newId()}`);

  let start = performance.now();
  const clipIds: string[] = [];
  for (let i = 0; i < config.clips; i += config.batch) {
    const drafts = Array.from({ length: Math.min(config.batch, config.clips - i) }, (_, j) => draft(i + j, paragraphs, titles, rnd));
    for (const clip of await addClips(db, drafts)) clipIds.push(clip.id);
  }
  const insertMs = performance.now() - start;
  rows.push({ what: `bulk-insert ${config.clips} clips (addClips, ${config.batch} a transaction)`, ms: insertMs, note: `${((insertMs / config.clips) * 1000).toFixed(0)} µs a clip` });

  // Entities and quotes go in directly: setting up, not what is measured.
  const now = Date.now();
  const entities: Entity[] = Array.from({ length: config.entities }, (_, i) => ({
    id: newId(), createdAt: now, updatedAt: now, deletedAt: null, kind: 'person', name: `Person ${i}`, aliases: [], description: '',
    treaty: null, origin: { type: 'user' }, mergedInto: null,
  }));
  await db.entities.bulkAdd(entities.map((e) => ({ ...e, aliasKeys: [e.name.toLowerCase()] })));
  const quotes: Quote[] = clipIds.flatMap((clipId) =>
    Array.from({ length: config.quotesPerClip }, () => ({
      id: newId(), createdAt: now, updatedAt: now, deletedAt: null, clipId, text: 'quoted words',
      selector: { quote: { type: 'TextQuoteSelector' as const, exact: 'quoted words', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 12 } },
      speakerId: entities[Math.floor(rnd() * entities.length)]!.id, entityIds: [entities[Math.floor(rnd() * entities.length)]!.id], comment: '', colour: 'yellow' as const,
    })),
  );
  start = performance.now();
  for (let i = 0; i < quotes.length; i += 10_000) await db.quotes.bulkAdd(quotes.slice(i, i + 10_000));
  rows.push({ what: `(setup) bulkAdd ${quotes.length} quotes, ${entities.length} entities`, ms: performance.now() - start, note: 'raw Dexie, not a repository' });

  rows.push({ what: 'page of 50 clips by date, first page', ms: await median(21, () => listClips(db, { limit: 50 })), note: 'median of 21' });
  rows.push({ what: 'page of 50 clips by date, page 500 (offset 25,000)', ms: await median(5, () => listClips(db, { limit: 50, offset: 25_000 })), note: 'median of 5' });
  rows.push({
    what: `a clip with its quotes`,
    ms: await median(51, async (i) => Promise.all([getClip(db, clipIds[(i * 7919) % clipIds.length]!), listQuotesOfClip(db, clipIds[(i * 7919) % clipIds.length]!)])),
    note: 'median of 51 random clips',
  });
  let perEntity = 0;
  rows.push({
    what: 'an entity with all its quotes',
    ms: await median(21, async (i) => {
      const id = entities[(i * 31) % entities.length]!.id;
      const [, found] = await Promise.all([getEntity(db, id), listQuotesOfEntity(db, id)]);
      perEntity = found.length;
    }),
    note: `median of 21; ~${perEntity} quotes each`,
  });

  // What the browser's IndexedDB alone costs here, to read the export and import figures against.
  start = performance.now();
  const all = await db.clips.toArray();
  rows.push({ what: 'baseline: read every clip (IndexedDB getAll)', ms: performance.now() - start, note: `${all.length} clips, no Quire code` });

  start = performance.now();
  const bytes = await exportLibrary(db, { appVersion: 'bench' });
  rows.push({ what: 'export whole library', ms: performance.now() - start, note: `${(bytes.length / 1024 / 1024).toFixed(1)} MB .quire` });

  const target = await openLibrary(`quire-bench-import-${newId()}`);
  start = performance.now();
  const result = await importLibrary(target, bytes, 'replace');
  rows.push({ what: 'import whole library (replace, into an empty one)', ms: performance.now() - start, note: `${result.written.clips} clips, ${result.written.quotes} quotes` });

  db.close();
  target.close();
  await Promise.all([indexedDB.deleteDatabase(db.name), indexedDB.deleteDatabase(target.name)]);
  return rows;
}
