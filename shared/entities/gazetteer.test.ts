import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { GAZETTEER, gazetteerEntities } from './gazetteer';

const byKey = new Map(GAZETTEER.map((e) => [e.key, e]));

function isValidIsoDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match;
  if (!m) return true;
  if (Number(m) < 1 || Number(m) > 12) return false;
  if (!d) return true;
  const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return parsed.getUTCMonth() === Number(m) - 1 && parsed.getUTCDate() === Number(d);
}

describe('the starter gazetteer', () => {
  it('has unique keys, each with a source', () => {
    expect(new Set(GAZETTEER.map((e) => e.key)).size).toBe(GAZETTEER.length);
    for (const entry of GAZETTEER) expect(entry.sources.length, entry.key).toBeGreaterThan(0);
  });

  it('has no name or alias shared between two entries (folded)', () => {
    const owner = new Map<string, string>();
    for (const entry of GAZETTEER) {
      for (const name of new Set([entry.name, ...entry.aliases].map(foldText))) {
        expect(owner.get(name), `"${name}" in ${entry.key} and ${owner.get(name)}`).toBeUndefined();
        owner.set(name, entry.key);
      }
    }
  });

  it('gives every treaty a signing date, a status consistent with its dates, and existing parties', () => {
    const treaties = GAZETTEER.filter((e) => e.kind === 'treaty');
    expect(treaties.length).toBeGreaterThanOrEqual(17);
    for (const { key, treaty } of treaties) {
      expect(treaty, key).toBeDefined();
      expect(treaty!.signed, key).not.toBeNull();
      expect(treaty!.parties.length, key).toBeGreaterThan(0);
      for (const party of treaty!.parties) {
        expect(['state', 'organization'], `${key} party ${party}`).toContain(byKey.get(party)?.kind);
      }
      if (treaty!.status === 'in-force') expect(treaty!.inForce, key).not.toBeNull();
      if (treaty!.inForce) expect(treaty!.inForce >= treaty!.signed!, key).toBe(true);
      if (treaty!.ended && treaty!.inForce) expect(treaty!.ended > treaty!.inForce, key).toBe(true);
    }
  });

  it('writes every date as a valid ISO date', () => {
    for (const { key, treaty } of GAZETTEER) {
      if (!treaty) continue;
      const dates = [treaty.signed, treaty.inForce, treaty.ended, ...treaty.events.map((e) => e.date)];
      for (const date of dates) if (date !== null) expect(isValidIsoDate(date), `${key}: ${date}`).toBe(true);
    }
    expect(isValidIsoDate('2019-02-30')).toBe(false);
  });

  it('records the dates the seed article depends on', () => {
    const inf = byKey.get('treaty:inf')!.treaty!;
    expect([inf.signed, inf.inForce, inf.ended]).toEqual(['1987-12-08', '1988-06-01', '2019-08-02']);
    const newStart = byKey.get('treaty:new-start')!.treaty!;
    expect([newStart.signed, newStart.inForce, newStart.ended]).toEqual(['2010-04-08', '2011-02-05', '2026-02-05']);
    expect(newStart.events).toContainEqual({ date: '2023-02-21', label: expect.stringMatching(/suspend/) });
    expect(byKey.get('treaty:start1')!.aliases).toContain('START');
    expect(byKey.get('treaty:inf')!.aliases).toContain('ДРСМД');
  });
});

describe('gazetteerEntities', () => {
  it('turns entries into entity records with party keys resolved to ids', () => {
    let n = 0;
    const entities = gazetteerEntities(() => `id${n++}`, 1000);
    expect(entities).toHaveLength(GAZETTEER.length);
    const ids = new Map(entities.map((e) => [e.origin.type === 'gazetteer' ? e.origin.key : '', e.id]));
    const inf = entities.find((e) => e.name === 'INF Treaty')!;
    expect(inf.treaty!.partyIds).toContain(ids.get('state:us'));
    expect(inf.treaty!.partyIds).toContain(ids.get('state:su'));
    expect(inf).toMatchObject({ kind: 'treaty', createdAt: 1000, deletedAt: null, mergedInto: null });
    expect(entities.find((e) => e.name === 'Russia')!.treaty).toBeNull();
  });
});
