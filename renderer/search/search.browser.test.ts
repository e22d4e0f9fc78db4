import { afterEach, describe, expect, it } from 'vitest';
import { makeDoc, sampleDocs } from '../../shared/search/test-support';
import type { SearchHit } from '../../shared/search/types';
import { SearchClient } from './client';
import type { SearchStatus } from './protocol';

const open: SearchClient[] = [];
function client(name: string): SearchClient {
  const opened = new SearchClient(name);
  open.push(opened);
  return opened;
}
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

const uniqueName = () => `quire-search-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const marked = (hit: SearchHit) => hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e));

async function ids(search: SearchClient, query: string): Promise<string[]> {
  return (await search.search(query, { typing: false })).results.map((hit) => hit.id).sort();
}

describe('search worker over IndexedDB', () => {
  it('indexes, searches, follows edits, and reopens without a rebuild', async () => {
    const name = uniqueName();
    const first = client(name);
    const opened = await first.ready();
    expect(opened).toMatchObject({ state: 'ready', docs: 0, restoredFromDisk: false });
    await first.put(sampleDocs());

    const newStart = await first.search('"New START"', { typing: false });
    expect(newStart.results.map((h) => h.id).sort()).toEqual(['clip-newstart', 'quote-lavrov']);
    const clip = newStart.results.find((h) => h.id === 'clip-newstart')!;
    expect(marked(clip)).toEqual(['New', 'START']);
    expect(clip.title).toBe('New START extended for five years');
    expect(newStart.facets.types).toEqual({ clip: 1, quote: 1, note: 0 });

    expect(await ids(first, 'actor:Putin')).toEqual(['clip-inf', 'clip-newstart', 'clip-ru']);
    const russian = (await first.search('Путин', { typing: false })).results;
    expect(russian.map((h) => h.id)).toEqual(['clip-ru']);
    expect(marked(russian[0]!)).toContain('Путин');
    expect(await ids(first, 'Puttin')).toEqual(['clip-inf']);

    const quote = sampleDocs().find((d) => d.id === 'quote-lavrov')!;
    const timings = await first.put([{ ...quote, quote: 'Hypersonic weapons change everything', version: 2 }]);
    expect(timings.appliedMs).toBeGreaterThanOrEqual(0);
    expect(timings.storedMs).toBeGreaterThanOrEqual(0);
    expect(await ids(first, 'hypersonic')).toEqual(['quote-lavrov']);
    expect(await ids(first, '"strategic stability"')).toEqual([]);
    await first.remove(['note-1']);
    expect(await ids(first, 'verification')).toEqual([]);
    first.close();

    const second = client(name);
    const reopened = await second.ready();
    expect(reopened).toMatchObject({ state: 'ready', docs: 4, restoredFromDisk: true, replayed: 7 });
    expect(await ids(second, 'hypersonic')).toEqual(['quote-lavrov']);
    expect(await ids(second, 'actor:Putin')).toEqual(['clip-inf', 'clip-newstart', 'clip-ru']);
    await second.checkpoint();
    second.close();

    const third = client(name);
    const fromSnapshot = await third.ready();
    expect(fromSnapshot).toMatchObject({ state: 'ready', docs: 4, restoredFromDisk: true, replayed: 0 });
    expect(fromSnapshot.segmentsLoaded).toBeLessThan(fromSnapshot.segmentCount);
    const hits = (await third.search('Путин', { typing: false })).results;
    expect(hits.map((h) => h.id)).toEqual(['clip-ru']);
    expect(await ids(third, 'Trety')).toEqual(['clip-inf', 'clip-newstart']);
  });

  it('rebuilds with progress and records the library stamp', async () => {
    const search = client(uniqueName());
    await search.ready();
    await search.put([makeDoc({ id: 'stale', body: 'stale words' })]);
    const seen: SearchStatus[] = [];
    search.onStatus((status) => seen.push(status));
    await search.rebuildStart(2);
    await search.put([makeDoc({ id: 'a', body: 'first article' })]);
    await search.put([makeDoc({ id: 'b', body: 'second article' })]);
    await search.rebuildFinish('stamp-1');
    expect(seen.map((s) => s.progress?.done ?? null)).toEqual(expect.arrayContaining([0, 1, 2]));
    expect(seen.some((s) => s.state === 'rebuilding')).toBe(true);
    expect(search.status).toMatchObject({ state: 'ready', docs: 2, stamp: 'stamp-1', progress: null });
    expect(await ids(search, 'article')).toEqual(['a', 'b']);
    expect(await ids(search, 'stale')).toEqual([]);
  });

  it('tells every applied write apart in its status, even when the library stamp stays the same', async () => {
    const search = client(uniqueName());
    await search.ready();
    const seen: SearchStatus[] = [];
    search.onStatus((status) => seen.push(status));
    const quote = sampleDocs().find((d) => d.id === 'quote-lavrov')!;
    await search.put([quote], 'stamp-1');
    const afterFirst = search.status!;
    // A second sync that brings in a change an earlier one already counted: same stamp, new text.
    await search.put([{ ...quote, quote: 'Compare with the zugzwang remark', version: 2 }], 'stamp-1');
    const afterSecond = search.status!;
    expect(afterSecond.stamp).toBe(afterFirst.stamp);
    expect(afterSecond.docs).toBe(afterFirst.docs);
    expect(afterSecond.writes).toBe(afterFirst.writes + 1);
    expect(seen.at(-1)!.writes).toBe(afterSecond.writes);
    expect(await ids(search, 'zugzwang')).toEqual(['quote-lavrov']);
    await search.remove(['quote-lavrov'], 'stamp-1');
    expect(search.status!.writes).toBe(afterSecond.writes + 1);
  });
});
