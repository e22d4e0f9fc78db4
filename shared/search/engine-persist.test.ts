import { describe, expect, it } from 'vitest';
import { MemoryDocStore, SearchEngine } from './engine';
import type { SegmentData } from './inverted-index';
import { SEGMENT_COUNT } from './inverted-index';
import { makeDoc, sampleDocs } from './test-support';

async function persisted() {
  const store = new MemoryDocStore();
  const engine = SearchEngine.create(store);
  for (const doc of sampleDocs()) {
    store.docs.set(doc.id, doc);
    engine.add(doc);
  }
  engine.remove('note-1');
  const { meta, segments } = await engine.snapshot();
  const bySeg = new Map<number, SegmentData>(segments.map((s) => [s.seg, structuredClone(s)]));
  const reads: number[] = [];
  const restored = SearchEngine.restore(structuredClone(meta), store, async (seg) => {
    reads.push(seg);
    return bySeg.get(seg);
  })!;
  return { engine, restored, reads, store };
}

const ids = async (engine: SearchEngine, query: string) =>
  (await engine.search(query, { typing: false })).results.map((r) => r.id).sort();

describe('snapshot and restore', () => {
  it('answers the same after a restore, loading only the segments a query needs', async () => {
    const { engine, restored, reads } = await persisted();
    expect(restored.size).toBe(4);
    expect(restored.fullyLoaded).toBe(false);
    expect(await ids(restored, 'treaty')).toEqual(await ids(engine, 'treaty'));
    expect(reads.length).toBeLessThanOrEqual(2);
    for (const query of ['"new start"', 'actor:putin', 'Путин', 'Puttin', 'verification', 'treaty -washington']) {
      expect(await ids(restored, query)).toEqual(await ids(engine, query));
    }
    await restored.loadAll();
    expect(restored.fullyLoaded).toBe(true);
    expect(new Set(reads).size).toBe(SEGMENT_COUNT);
  });

  it('keeps ranking scores identical after compaction', async () => {
    const { engine, restored } = await persisted();
    const before = (await engine.search('treaty', { typing: false })).results.map((r) => r.score);
    const after = (await restored.search('treaty', { typing: false })).results.map((r) => r.score);
    expect(after).toEqual(before);
  });

  it('takes updates on top of a restored index and snapshots them again', async () => {
    const { restored, store } = await persisted();
    const doc = makeDoc({ id: 'clip-new', title: 'Hypersonic treaty talk', body: 'Nothing about Washington here.' });
    store.docs.set(doc.id, doc);
    restored.add(doc);
    restored.remove('clip-inf');
    expect(await ids(restored, 'washington')).toEqual(['clip-new']);
    expect(await ids(restored, 'treaty')).toEqual(['clip-new', 'clip-newstart']);
    const again = await restored.snapshot();
    const bySeg = new Map(again.segments.map((s) => [s.seg, s]));
    const third = SearchEngine.restore(again.meta, store, async (seg) => bySeg.get(seg))!;
    expect(await ids(third, 'washington')).toEqual(['clip-new']);
    expect(await ids(third, 'hypersonic')).toEqual(['clip-new']);
    expect([...third.manifest().keys()].sort()).toEqual(['clip-new', 'clip-newstart', 'clip-ru', 'quote-lavrov']);
  });

  it('answers searches between the steps of a snapshot as before it, and drops emptied terms at the end', async () => {
    const store = new MemoryDocStore();
    const engine = SearchEngine.create(store);
    for (const doc of sampleDocs()) {
      store.docs.set(doc.id, doc);
      engine.add(doc);
    }
    const first = await engine.snapshot();
    // After the first snapshot: an edit (a tail, and a dead ordinal in every list of the old text) and a removal.
    const quote = sampleDocs().find((doc) => doc.id === 'quote-lavrov')!;
    const edited = { ...quote, quote: `${quote.quote} Hypersonic weapons change everything.`, version: 2 };
    store.docs.set(edited.id, edited);
    engine.add(edited);
    engine.remove('note-1');
    const queries = ['treaty', '"new start"', 'actor:putin', 'Путин', 'Puttin', 'hypersonic', 'verification', 'treaty -washington', 'str'];
    // What each query finds (scores move a little as dead postings leave the document frequencies).
    const answer = async () => Promise.all(queries.map(async (query) => (await engine.search(query)).results.map((hit) => hit.id).sort()));
    const before = await answer();
    expect(before[queries.indexOf('hypersonic')]).toEqual(['quote-lavrov']);
    expect(before[queries.indexOf('verification')]).toEqual([]);

    let steps = 0;
    const during: unknown[] = [];
    const second = await engine.snapshot(async () => {
      steps += 1;
      during.push(await answer());
    });
    expect(steps).toBe(SEGMENT_COUNT);
    expect(during).toHaveLength(SEGMENT_COUNT);
    for (const answers of during) expect(answers).toEqual(before);
    expect(await answer()).toEqual(before);
    // 'verification' was only in the removed note: gone from the dictionary; the edited quote's lists lost its old ordinal.
    const terms = (snapshot: typeof first) => snapshot.meta.dictionary.terms.split('\n');
    expect(terms(first)).toContain('verification');
    expect(terms(second)).not.toContain('verification');
    expect((await engine.search('verificatio')).results).toEqual([]);
    const postings = (snapshot: typeof first) => snapshot.segments.reduce((sum, segment) => sum + segment.data.length, 0);
    expect(postings(second)).toBeLessThan(postings(first) + 40);
  });

  it('refuses a snapshot of another format', async () => {
    const { engine, store } = await persisted();
    const { meta } = await engine.snapshot();
    expect(SearchEngine.restore({ ...meta, format: 2 as 1 }, store, async () => undefined)).toBeNull();
  });
});
