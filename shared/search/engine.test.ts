import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryDocStore, SearchEngine } from './engine';
import { makeDoc, sampleDocs } from './test-support';
import type { SearchDoc } from './types';

function engineWith(docs: SearchDoc[]): SearchEngine {
  const store = new MemoryDocStore();
  const engine = SearchEngine.create(store);
  for (const doc of docs) {
    store.docs.set(doc.id, doc);
    engine.add(doc);
  }
  return engine;
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i % 7}`).join(' ');

async function ids(engine: SearchEngine, query: string, typing = false): Promise<string[]> {
  return (await engine.search(query, { typing })).results.map((hit) => hit.id);
}

describe('ranking', () => {
  it('puts a title hit above a body hit', async () => {
    const engine = engineWith([
      makeDoc({ id: 'body', title: 'Weekly roundup', body: `${filler(20)} sanctions ${filler(20)}` }),
      makeDoc({ id: 'title', title: 'Sanctions tighten', body: filler(41) }),
    ]);
    expect(await ids(engine, 'sanctions')).toEqual(['title', 'body']);
  });

  it('puts five occurrences above one at equal length', async () => {
    const engine = engineWith([
      makeDoc({ id: 'once', body: `missile ${filler(39)}` }),
      makeDoc({ id: 'five', body: `missile missile missile missile missile ${filler(35)}` }),
    ]);
    expect(await ids(engine, 'missile')).toEqual(['five', 'once']);
  });

  it('puts a quote hit above a body hit', async () => {
    const engine = engineWith([
      makeDoc({ id: 'body', body: `deterrence ${filler(10)}` }),
      makeDoc({ id: 'quote', type: 'quote', quote: `deterrence ${filler(5)}`, body: filler(5) }),
    ]);
    expect(await ids(engine, 'deterrence')).toEqual(['quote', 'body']);
  });

  it('requires every word', async () => {
    const engine = engineWith(sampleDocs());
    expect(await ids(engine, 'treaty washington')).toEqual(['clip-inf']);
    expect(await ids(engine, 'treaty nonexistentword')).toEqual([]);
  });

  it('ranks an exact match above a typo correction, and still finds the correction', async () => {
    const engine = engineWith([
      makeDoc({ id: 'correct', body: `the treaty ${filler(10)}` }),
      makeDoc({ id: 'misspelt', body: `the trety ${filler(10)}` }),
    ]);
    expect(await ids(engine, 'trety')).toEqual(['misspelt', 'correct']);
  });

  it('finds documents despite typos', async () => {
    const engine = engineWith(sampleDocs());
    expect(await ids(engine, 'Puttin')).toContain('clip-inf');
    expect(await ids(engine, 'Trety')).toEqual(expect.arrayContaining(['clip-inf', 'clip-newstart']));
    expect(await ids(engine, 'Washingtno')).toEqual(['clip-inf']);
  });
});

describe('words', () => {
  const engine = engineWith(sampleDocs());

  it('completes the last word while typing', async () => {
    expect(await ids(engine, 'warhe', true)).toEqual(['clip-newstart']);
    expect(await ids(engine, 'warhe', false)).toEqual([]);
    expect(await ids(engine, 'arms contr', true)).toEqual(['clip-newstart']);
    expect(await ids(engine, 'Putti', true)).toEqual([]);
    expect(await ids(engine, 'Puttin', true)).toEqual(['clip-inf']);
  });

  it('matches Cyrillic and folds accents', async () => {
    expect(await ids(engine, 'Путин')).toContain('clip-ru');
    expect(await ids(engine, 'дрсмд')).toEqual(['clip-ru']);
    expect(await ids(engine, 'geneve cafe')).toEqual(['note-1']);
  });

  it('matches hyphenated words by phrase, joined form and parts', async () => {
    expect(await ids(engine, 'Intermediate-Range')).toEqual(['clip-inf']);
    expect(await ids(engine, 'intermediaterange')).toEqual(['clip-inf']);
    expect(await ids(engine, '"intermediate range"')).toEqual(['clip-inf']);
  });

  it("matches clitics: Putin finds Putin's, he's finds he's", async () => {
    expect(await ids(engine, 'government putin')).toEqual(['clip-inf']);
    expect(await ids(engine, "he's")).toEqual(['clip-inf']);
  });

  it('checks phrases in order', async () => {
    expect(await ids(engine, '"New START"')).toEqual(expect.arrayContaining(['clip-newstart', 'quote-lavrov']));
    expect(await ids(engine, '"START new"')).toEqual([]);
    expect(await ids(engine, '"strategic stability"')).toEqual(['quote-lavrov']);
  });

  it('excludes words and phrases', async () => {
    expect(await ids(engine, 'treaty -washington')).not.toContain('clip-inf');
    expect(await ids(engine, 'start -"new start"')).toEqual(['note-1']);
  });
});

describe('results', () => {
  it('gives snippets around the hits with highlight ranges', async () => {
    const body = `${filler(80)} The Kremlin said the warheads would stay. ${filler(80)}`;
    const engine = engineWith([makeDoc({ id: 'a', title: 'Warheads and more', body })]);
    const { results } = await engine.search('warheads kremlin', { typing: false });
    const { snippet, title, titleHighlights } = results[0]!;
    expect(snippet.text.length).toBeLessThan(260);
    expect(snippet.text.startsWith('…')).toBe(true);
    const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));
    expect(marked).toEqual(['Kremlin', 'warheads']);
    expect(titleHighlights.map(([s, e]) => title.slice(s, e))).toEqual(['Warheads']);
  });

  it('highlights prefix completions while typing', async () => {
    const engine = engineWith(sampleDocs());
    const { results } = await engine.search('strat');
    const hit = results.find((r) => r.id === 'quote-lavrov')!;
    expect(hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e))).toEqual(['strategic']);
  });

  it('counts facets over all matches', async () => {
    const engine = engineWith(sampleDocs());
    const { facets, total } = await engine.search('"new start"', { typing: false });
    expect(total).toBe(2);
    expect(facets.types).toEqual({ clip: 1, quote: 1, note: 0 });
    expect(facets.speakers).toEqual([{ id: 'ent-lavrov', name: 'Sergei Lavrov', count: 1 }]);
    expect(facets.treaties).toEqual([{ id: 'ent-newstart', name: 'New START', count: 2 }]);
    expect(facets.years).toEqual([{ year: 2021, count: 2 }]);
  });

  it('pages with offset and limit', async () => {
    const engine = engineWith(Array.from({ length: 30 }, (_, i) => makeDoc({ id: `d${i}`, body: `common ${filler(i + 1)}` })));
    const first = await engine.search('common', { limit: 10 });
    const second = await engine.search('common', { limit: 10, offset: 10 });
    expect(first.total).toBe(30);
    expect(first.results).toHaveLength(10);
    expect(second.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
    expect(new Set([...first.results, ...second.results].map((r) => r.id)).size).toBe(20);
  });

  it('returns nothing for an empty query and never throws on odd input', async () => {
    const engine = engineWith(sampleDocs());
    expect((await engine.search('   ')).results).toEqual([]);
    await fc.assert(fc.asyncProperty(fc.string(), async (text) => {
      const response = await engine.search(text);
      return response.total >= response.results.length;
    }), { numRuns: 300 });
  });
});

describe('updates', () => {
  it('follows edits and removals', async () => {
    const engine = engineWith(sampleDocs());
    const edited = { ...sampleDocs()[4]!, body: 'Now about hypersonic glide vehicles', version: 2 };
    engine.add(edited);
    expect(await ids(engine, 'hypersonic')).toEqual(['note-1']);
    expect(await ids(engine, 'verification')).toEqual([]);
    expect(engine.versionOf('note-1')).toBe(2);
    expect(engine.remove('clip-inf')).toBe(true);
    expect(await ids(engine, 'washington')).toEqual([]);
    expect(engine.size).toBe(4);
    expect([...engine.manifest().keys()].sort()).toEqual(['clip-newstart', 'clip-ru', 'note-1', 'quote-lavrov']);
  });

  it('lists the documents naming an entity', async () => {
    const engine = engineWith(sampleDocs());
    expect((await engine.idsWithEntity('ent-inf')).sort()).toEqual(['clip-inf', 'clip-ru']);
  });
});

describe('singular and plural', () => {
  const engine = () => engineWith([
    makeDoc({ id: 'plural', body: 'Both treaties lapsed as taxes rose.' }),
    makeDoc({ id: 'singular', body: 'The treaty held; one tax fell.' }),
    makeDoc({ id: 'neither', body: 'Unrelated words about talks.' }),
  ]);

  it('finds treaties for treaty and treaty for treaties, the typed form first', async () => {
    expect(await ids(engine(), 'treaty')).toEqual(['singular', 'plural']);
    expect(await ids(engine(), 'treaties')).toEqual(['plural', 'singular']);
    expect(await ids(engine(), 'taxes')).toEqual(['plural', 'singular']);
  });

  it('highlights the other form in snippets', async () => {
    const { results } = await engine().search('treaty', { typing: false });
    const plural = results.find((hit) => hit.id === 'plural')!;
    expect(plural.snippet.highlights.map(([s, e]) => plural.snippet.text.slice(s, e))).toEqual(['treaties']);
  });
});

describe('snippets', () => {
  it('show a quote’s own words when only its entities’ names matched, never the list of names', async () => {
    const engine = engineWith([
      makeDoc({ id: 'q', type: 'quote', quote: 'We are not seeing any willingness to discuss it.', meta: 'Vladimir Putin Путин INF Treaty Intermediate-Range Nuclear Forces Treaty' }),
    ]);
    const [hit] = (await engine.search('treaty', { typing: false })).results;
    expect(hit!.snippet).toEqual({ text: 'We are not seeing any willingness to discuss it.', highlights: [] });
  });
});
