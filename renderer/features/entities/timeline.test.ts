import { describe, expect, it } from 'vitest';
import type { Clip, Entity, Quote } from '../../../shared/model';
import { dayOf, timelineOf } from './timeline';

const base = { createdAt: 0, updatedAt: 0, deletedAt: null };
const newStart: Entity = {
  ...base,
  id: 'ns',
  kind: 'treaty',
  name: 'New START',
  aliases: [],
  description: '',
  origin: { type: 'user' },
  mergedInto: null,
  treaty: {
    abbreviation: 'New START',
    signed: '2010-04-08',
    inForce: '2011-02-05',
    ended: '2026-02-05',
    status: 'expired',
    events: [{ date: '2023-02-21', label: 'Russia suspends participation' }, { date: '2026-02-05', label: 'Expires' }],
    partyIds: [],
  },
};
const clip = (id: string, publishedAt: string | null) => ({ id, publishedAt }) as Clip;
const quote = (id: string, clipId: string) => ({ id, clipId, text: `quote ${id}` }) as Quote;

describe('an entity timeline', () => {
  it('puts quotes by article date and the treaty’s own dates on one line, in order', () => {
    const { items, undated } = timelineOf(newStart, [
      { quote: quote('q1', 'c1'), clip: clip('c1', '2019-07-04T10:00:00Z') },
      { quote: quote('q2', 'c2'), clip: clip('c2', null) },
    ]);
    expect(items.map((i) => [i.kind, i.date])).toEqual([
      ['treaty', '2010-04-08'],
      ['treaty', '2011-02-05'],
      ['quote', '2019-07-04'],
      ['treaty', '2023-02-21'],
      ['treaty', '2026-02-05'],
    ]);
    expect(undated).toBe(1);
  });

  it('reads partial dates at their start', () => {
    expect(dayOf('2019')).toBe(dayOf('2019-01-01'));
    expect(dayOf('2019-07')! < dayOf('2019-07-04')!).toBe(true);
    expect(dayOf('soon')).toBeNull();
  });
});
