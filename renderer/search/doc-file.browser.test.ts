import { afterEach, describe, expect, it } from 'vitest';
import { makeDoc, sampleDocs } from '../../shared/search/test-support';
import type { SearchHit } from '../../shared/search/types';
import { SearchClient } from './client';
import type { SearchStatus } from './protocol';

const open: SearchClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

function client(name: string): SearchClient {
  const opened = new SearchClient(name);
  open.push(opened);
  return opened;
}

const uniqueName = () => `quire-docfile-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const marked = (hit: SearchHit) => hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e));

/** The worker attaches the doc file at once, or a moment later when a closed worker still held it. */
function withDocFile(search: SearchClient): Promise<SearchStatus> {
  return new Promise((resolve) => {
    const off = search.onStatus((status) => {
      if (status.state !== 'ready' || !status.docFile) return;
      off();
      resolve(status);
    });
  });
}

/** Overwrites the doc file with junk of the same size, as a crash or a bad disk might; retries while a closed worker still holds it. */
async function spoilDocFile(name: string): Promise<number> {
  const directory = await navigator.storage.getDirectory();
  const handle = await directory.getFileHandle(`${name}.docs`);
  const size = (await handle.getFile()).size;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const writable = await handle.createWritable();
      await writable.write(new Uint8Array(size).fill(0x7b));
      await writable.close();
      return size;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('the doc file (documents for snippets, in the origin-private file system)', () => {
  it('serves snippets after a restart, follows edits, and falls back to IndexedDB when its bytes are spoiled', async () => {
    const name = uniqueName();
    const first = client(name);
    expect(await withDocFile(first)).toMatchObject({ docFile: true });
    await first.put(sampleDocs());
    await first.checkpoint();
    const lavrov = sampleDocs().find((doc) => doc.id === 'quote-lavrov')!;
    await first.put([{ ...lavrov, quote: 'Hypersonic weapons change the strategic balance', version: 2 }]);
    first.close();

    const second = client(name);
    await withDocFile(second);
    const russian = (await second.search('Путин', { typing: false })).results;
    expect(russian.map((hit) => hit.id)).toEqual(['clip-ru']);
    expect(marked(russian[0]!)).toEqual(['Путин']);
    const edited = (await second.search('hypersonic', { typing: false })).results;
    expect(edited.map((hit) => hit.snippet.text)).toEqual(['Hypersonic weapons change the strategic balance']);
    second.close();

    expect(await spoilDocFile(name)).toBeGreaterThan(0);
    const third = client(name);
    await withDocFile(third);
    const afterSpoil = (await third.search('"New START"', { typing: false })).results;
    expect(afterSpoil.map((hit) => hit.id).sort()).toEqual(['clip-newstart', 'quote-lavrov']);
    const clip = afterSpoil.find((hit) => hit.id === 'clip-newstart')!;
    expect(clip.snippet.text).toContain('extended the New START treaty');
    expect(marked(clip)).toEqual(['New', 'START']);
    const phrase = await third.search('"press conference"', { typing: false });
    expect(phrase.results.map((hit) => hit.id)).toEqual(['quote-lavrov']);
  });

  it('replays each document as last written, even after an unchanged copy was logged', async () => {
    // A clip's change re-sends its quotes, changed or not: the log can hold a copy identical to the snapshot's, then the edit.
    const name = uniqueName();
    const first = client(name);
    await withDocFile(first);
    const original = makeDoc({ id: 'q', type: 'quote', quote: 'original words', version: 1 });
    await first.put([original]);
    await first.checkpoint();
    await first.put([original]);
    await first.put([{ ...original, body: 'a comment about zugzwang', version: 7 }]);
    first.close();

    const second = client(name);
    await withDocFile(second);
    const hits = (await second.search('zugzwang', { typing: false })).results;
    expect(hits.map((hit) => [hit.id, hit.snippet.text])).toEqual([['q', 'a comment about zugzwang']]);
  });

  it('starts the file over on a rebuild, and still finds documents added after it', async () => {
    const search = client(uniqueName());
    await withDocFile(search);
    await search.put([makeDoc({ id: 'old', body: 'an obsolete paragraph about tariffs' })]);
    await search.rebuildStart(1);
    await search.put([makeDoc({ id: 'new', body: 'a fresh paragraph about tariffs and quotas' })]);
    await search.rebuildFinish('stamp');
    const hits = (await search.search('tariffs', { typing: false })).results;
    expect(hits.map((hit) => [hit.id, hit.snippet.text])).toEqual([['new', 'a fresh paragraph about tariffs and quotas']]);
  });
});
