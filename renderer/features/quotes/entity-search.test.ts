import { describe, expect, it } from 'vitest';
import { findSameName, nameScore, searchEntities } from './entity-search';

const catalog = [
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Putin', 'Путин'] },
  { id: 'newstart', name: 'New START', aliases: ['New START Treaty', 'СНВ-3'] },
  { id: 'start1', name: 'START I', aliases: ['Strategic Arms Reduction Treaty'] },
  { id: 'us', name: 'United States', aliases: ['U.S.', 'Washington'] },
  { id: 'petain', name: 'Philippe Pétain', aliases: [] },
];

describe('entity typeahead', () => {
  it('finds Vladimir Putin by "Put", by his alias and in Russian', () => {
    expect(searchEntities(catalog, 'Put').map((e) => e.id)).toEqual(['putin']);
    expect(searchEntities(catalog, 'путин').map((e) => e.id)).toEqual(['putin']);
  });

  it('ranks a name that starts with the query above one with a later word starting with it', () => {
    expect(searchEntities(catalog, 'start').map((e) => e.id)).toEqual(['start1', 'newstart']);
  });

  it('folds accents and case, and finds words inside a name', () => {
    expect(searchEntities(catalog, 'petain').map((e) => e.id)).toEqual(['petain']);
    expect(nameScore(catalog[3]!, 'washington')).toBe(3);
    expect(nameScore(catalog[2]!, 'arms')).toBe(1);
  });

  it('offers nothing for an empty query or a non-match, and leaves out what is already chosen', () => {
    expect(searchEntities(catalog, '  ')).toEqual([]);
    expect(searchEntities(catalog, 'xyz')).toEqual([]);
    expect(searchEntities(catalog, 'Put', ['putin'])).toEqual([]);
  });
});

describe('an entry that already exists', () => {
  it('is found by its name folded for case, accents and spacing, saying which form matched', () => {
    expect(findSameName(catalog, 'vladimir  PUTIN ')).toEqual([{ entity: catalog[0], matched: 'Vladimir Putin' }]);
    expect(findSameName(catalog, 'Philippe Petain')).toEqual([{ entity: catalog[4], matched: 'Philippe Pétain' }]);
  });

  it('is found by an alias, in any script', () => {
    expect(findSameName(catalog, 'washington')).toEqual([{ entity: catalog[3], matched: 'Washington' }]);
    expect(findSameName(catalog, 'путин')).toEqual([{ entity: catalog[0], matched: 'Путин' }]);
  });

  it('lists every entry sharing the name, and none for a part of a name or an empty one', () => {
    const twins = [...catalog, { id: 'putin-2', name: 'Vladimir Putin', aliases: [] }];
    expect(findSameName(twins, 'Vladimir Putin').map((m) => m.entity.id)).toEqual(['putin', 'putin-2']);
    expect(findSameName(catalog, 'Vladimir')).toEqual([]);
    expect(findSameName(catalog, 'START')).toEqual([]);
    expect(findSameName(catalog, '   ')).toEqual([]);
  });
});
