import { describe, expect, it } from 'vitest';
import { MemoryDocStore, SearchEngine } from './engine';
import { sampleDocs } from './test-support';

const store = new MemoryDocStore();
const engine = SearchEngine.create(store);
for (const doc of sampleDocs()) {
  store.docs.set(doc.id, doc);
  engine.add(doc);
}

async function ids(query: string, types?: ('clip' | 'quote' | 'note')[]): Promise<string[]> {
  return (await engine.search(query, { typing: false, types })).results.map((hit) => hit.id).sort();
}

describe('filters', () => {
  it('matches actors by name, alias, other script and id', async () => {
    const all = ['clip-inf', 'clip-newstart', 'clip-ru'];
    expect(await ids('actor:Putin')).toEqual(all);
    expect(await ids('actor:"Vladimir Putin"')).toEqual(all);
    expect(await ids('actor:Путин')).toEqual(all);
    expect(await ids('actor:ent-putin')).toEqual(all);
    expect(await ids('actor:Putin washington')).toEqual(['clip-inf']);
  });

  it('counts a speaker as an actor too', async () => {
    expect(await ids('speaker:Lavrov')).toEqual(['quote-lavrov']);
    expect(await ids('actor:Lavrov')).toEqual(['quote-lavrov']);
    expect(await ids('speaker:Putin')).toEqual([]);
  });

  it('matches treaties by abbreviation and alias', async () => {
    expect(await ids('treaty:INF')).toEqual(['clip-inf', 'clip-ru']);
    expect(await ids('treaty:ДРСМД')).toEqual(['clip-inf', 'clip-ru']);
    expect(await ids('treaty:"New START"')).toEqual(['clip-newstart', 'clip-ru', 'quote-lavrov']);
  });

  it('filters by tag, site and type', async () => {
    expect(await ids('tag:"arms control"')).toEqual(['clip-inf', 'clip-newstart']);
    expect(await ids('site:reuters')).toEqual(['clip-newstart', 'quote-lavrov']);
    expect(await ids('type:quote')).toEqual(['quote-lavrov']);
    expect(await ids('start type:clip|note')).toEqual(['clip-newstart', 'note-1']);
    expect(await ids('start', ['note'])).toEqual(['note-1']);
    expect(await ids('start type:quote', ['note'])).toEqual([]);
  });

  it('filters by date, before the period starts and after it ends', async () => {
    expect(await ids('before:2021')).toEqual(['clip-inf']);
    expect(await ids('after:2021')).toEqual(['clip-ru', 'note-1']);
    expect(await ids('after:2019 before:2023')).toEqual(['clip-newstart', 'quote-lavrov']);
    expect(await ids('after:2021-02-02 before:2021-02-04')).toEqual(['clip-newstart', 'quote-lavrov']);
  });

  it('excludes with negated filters', async () => {
    expect(await ids('actor:putin -treaty:inf')).toEqual(['clip-newstart']);
    expect(await ids('treaty:"new start" -type:quote')).toEqual(['clip-newstart', 'clip-ru']);
  });

  it('sorts filter-only results newest first', async () => {
    const { results } = await engine.search('actor:putin', { typing: false });
    expect(results.map((r) => r.id)).toEqual(['clip-ru', 'clip-newstart', 'clip-inf']);
  });

  it('finds nothing for an unknown filter value', async () => {
    expect(await ids('actor:nobody')).toEqual([]);
  });
});
