import { describe, expect, it } from 'vitest';
import type { Entity } from '../../shared/model';
import { catalogSnapshot } from './client';

const entity = (id: string, overrides: Partial<Entity> = {}): Entity =>
  ({ id, kind: 'person', name: `Name ${id}`, aliases: [], description: '', treaty: null, origin: 'user', mergedInto: null, createdAt: 1, updatedAt: 1, deletedAt: null, ...overrides }) as Entity;

describe('the catalog snapshot sent to the suggestion worker', () => {
  it('keeps its version when nothing changed, whatever the order', () => {
    const a = catalogSnapshot([entity('A'), entity('B')]);
    const b = catalogSnapshot([entity('B'), entity('A')]);
    expect(a.version).toBe(b.version);
  });

  it('changes its version when an entity is edited, added, trashed or merged', () => {
    const base = catalogSnapshot([entity('A'), entity('B')]).version;
    expect(catalogSnapshot([entity('A', { updatedAt: 2 }), entity('B')]).version).not.toBe(base);
    expect(catalogSnapshot([entity('A'), entity('B'), entity('C')]).version).not.toBe(base);
    expect(catalogSnapshot([entity('A'), entity('B', { deletedAt: 5 })]).version).not.toBe(base);
    expect(catalogSnapshot([entity('A'), entity('B', { mergedInto: 'A' })]).version).not.toBe(base);
  });

  it('leaves trashed and merged entities out of the entries', () => {
    const { entries } = catalogSnapshot([entity('A', { aliases: ['Al'] }), entity('B', { deletedAt: 5 }), entity('C', { mergedInto: 'A' })]);
    expect(entries).toEqual([{ id: 'A', kind: 'person', name: 'Name A', aliases: ['Al'] }]);
  });
});
