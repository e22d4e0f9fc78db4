import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from './wire';

describe('wire codec', () => {
  it('round-trips bytes of every length through base64 like Node does', () => {
    for (let n = 0; n < 20; n += 1) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
      const b64 = bytesToBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(b64)).toEqual(bytes);
    }
  });

  it('carries Uint8Array inside JSON values and leaves other objects alone', () => {
    const value = { page: { status: 200, bytes: new Uint8Array([0, 255, 10]) }, tags: ['a'], $bytes: 1 };
    const back = fromWire<typeof value>(toWire(value));
    expect(back.page.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.page.bytes)).toEqual([0, 255, 10]);
    expect(back.tags).toEqual(['a']);
    expect(back.$bytes).toBe(1);
  });

  it('rejects text that is not base64', () => {
    expect(() => base64ToBytes('ab$d')).toThrow('Invalid base64');
  });
});
