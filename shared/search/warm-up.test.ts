import { describe, expect, it } from 'vitest';
import { MemoryDocStore, SearchEngine } from './engine';
import { makeDoc, sampleDocs } from './test-support';

function engineWith(texts: string[]): SearchEngine {
  const store = new MemoryDocStore();
  const engine = SearchEngine.create(store);
  texts.forEach((body, n) => {
    const doc = makeDoc({ id: `d${n}`, title: `Report ${n}`, body });
    store.docs.set(doc.id, doc);
    engine.add(doc);
  });
  return engine;
}

describe('warmUpQueries', () => {
  it('builds every kind of query from the library’s own common words, each of which finds something', async () => {
    const engine = engineWith([
      'The parliament passed the treaty after months of talks, ministers said.',
      'Ministers told parliament the treaty would be signed in March.',
      'Critics of the treaty in parliament said ministers moved too fast.',
    ]);
    const queries = engine.warmUpQueries();
    expect(queries).toEqual([
      'parliament',
      'p',
      'par',
      'parliament ministers',
      '"parliament ministers"',
      'traety',
      'ministers -parliament',
      'type:quote parliament',
      'after:2000 ministers',
    ]);
    const found = await Promise.all(queries.map(async (query) => (await engine.search(query)).total));
    // Prefixes, the two words and the typo find the three documents; the phrase, exclusion and filters none here.
    expect(found).toEqual([3, 3, 3, 3, 0, 3, 0, 0, 0]);
  });

  it('asks for nothing in a library without enough long words', () => {
    expect(engineWith(['Yes.', 'No.']).warmUpQueries()).toEqual([]);
    expect(engineWith(sampleDocs().map((doc) => doc.body)).warmUpQueries().length).toBe(9);
  });
});
