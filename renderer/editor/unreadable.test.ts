import { describe, expect, it } from 'vitest';
import { unreadableReason } from './NoteEditor';

const state = (children: unknown[]) => JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

describe('unreadableReason', () => {
  it('accepts an empty note and a state of known nodes', () => {
    expect(unreadableReason('')).toBeNull();
    expect(unreadableReason(state([{ type: 'quire-quote', version: 1, quoteId: 'q1' }]))).toBeNull();
  });

  it('explains truncated JSON and node types this version does not know', () => {
    expect(unreadableReason('{"root": {')).toMatch(/JSON/i);
    expect(unreadableReason(state([{ type: 'from-the-future', version: 1 }]))).toMatch(/from-the-future/);
  });
});
