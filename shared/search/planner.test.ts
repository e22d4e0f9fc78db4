import { describe, expect, it } from 'vitest';
import { inflections } from './planner';

describe('inflections', () => {
  it('gives the other English number of a plain word, and nothing for other words', () => {
    expect(inflections('treaty')).toEqual(['treaties']);
    expect(inflections('treaties')).toEqual(['treaty']);
    expect(inflections('tax')).toEqual(['taxes']);
    expect(inflections('taxes')).toEqual(['tax', 'taxe']);
    expect(inflections('sanctions')).toEqual(['sanction']);
    expect(inflections('sanction')).toEqual(['sanctions']);
    expect(inflections('day')).toEqual(['days']);
    expect(inflections('process')).toEqual(['processes']);
    expect(inflections('putin')).toEqual(['putins']);
    expect(inflections('путин')).toEqual([]);
    expect(inflections('g20')).toEqual([]);
    expect(inflections('un')).toEqual([]);
  });
});
