import { describe, expect, it } from 'vitest';
import { nameScore, searchEntities } from './entity-search';

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
