import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../shared/model';
import { rankEntities } from './library-adapter';

function entity(id: string, name: string, kind: Entity['kind'], aliases: string[] = [], deletedAt: number | null = null): Entity {
  return { id, name, kind, aliases, deletedAt, createdAt: 1, updatedAt: 1, description: '', treaty: null, origin: { type: 'user' }, mergedInto: null };
}

const entities = [
  entity('e1', 'New START', 'treaty', ['Strategic Arms Reduction Treaty', 'СНВ-III']),
  entity('e2', 'North Atlantic Treaty Organization', 'organization', ['NATO', 'OTAN']),
  entity('e3', 'Vladimir Putin', 'person', ['Putin', 'Владимир Путин']),
  entity('e4', 'Nuclear posture', 'other'),
  entity('e5', 'Newland', 'state', [], 99),
  entity('e6', 'Intermediate-Range Nuclear Forces Treaty', 'treaty', ['INF Treaty']),
];

describe('rankEntities', () => {
  it('puts name prefixes first, then alias prefixes, then substrings', () => {
    // New START and NATO start with n; the INF treaty and Putin only contain it.
    expect(rankEntities(entities, 'n').map((e) => e.id)).toEqual(['e1', 'e2', 'e6', 'e3']);
    expect(rankEntities(entities, 'inf').map((e) => e.id)).toEqual(['e6']);
    expect(rankEntities(entities, 'new st').map((e) => e.name)).toEqual(['New START']);
  });

  it('finds actors and treaties by alias, folding case and script accents', () => {
    expect(rankEntities(entities, 'nato').map((e) => e.id)).toEqual(['e2']);
    expect(rankEntities(entities, 'strategic arms').map((e) => e.id)).toEqual(['e1']);
    expect(rankEntities(entities, 'путин').map((e) => e.id)).toEqual(['e3']);
  });

  it('leaves out trashed entities and kinds that are neither actors nor treaties', () => {
    const ids = rankEntities(entities, '').map((e) => e.id);
    expect(ids).not.toContain('e4');
    expect(ids).not.toContain('e5');
    expect(ids).toHaveLength(4);
  });
});
