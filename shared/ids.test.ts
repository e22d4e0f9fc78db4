import { describe, expect, it } from 'vitest';
import { idTime, isId, newId } from './ids';

describe('newId', () => {
  it('makes valid ULIDs that sort in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => newId(1_700_000_000_000));
    ids.push(newId(1_700_000_000_001));
    expect(ids.every(isId)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('encodes its creation time', () => {
    expect(idTime(newId(1_234_567_890_123))).toBe(1_234_567_890_123);
  });

  it('refuses what is not an id', () => {
    expect(isId('not-an-id')).toBe(false);
    expect(isId('__proto__')).toBe(false);
    expect(isId(42)).toBe(false);
  });
});
