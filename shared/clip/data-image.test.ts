import { describe, expect, it } from 'vitest';
import { dataImageKey, decodeDataImage, imageSourceKey } from './data-image';

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const base64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

describe('data: images', () => {
  it('decodes base64, with white space and padding, to the exact bytes', () => {
    const bytes = [...PNG_HEAD, 1, 2, 3, 250];
    const encoded = base64(bytes);
    const decoded = decodeDataImage(`data:image/png;base64,${encoded.slice(0, 6)}\n ${encoded.slice(6)}`);
    expect(decoded).toEqual({ ok: true, declaredType: 'image/png', bytes: new Uint8Array(bytes) });
  });

  it('decodes percent-encoded (non-base64) data', () => {
    const decoded = decodeDataImage('data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E');
    expect(decoded.ok && new TextDecoder().decode(decoded.bytes)).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('refuses a data: URL above the size limit before decoding it, and broken base64', () => {
    const big = `data:image/png;base64,${'A'.repeat(4 * 1024)}`;
    expect(decodeDataImage(big, 1024)).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
    expect(decodeDataImage('data:image/png;base64,iVBO*R')).toEqual({ ok: false, error: expect.stringMatching(/not valid base64/) });
    expect(decodeDataImage('data:nonsense')).toEqual({ ok: false, error: expect.stringMatching(/not a valid data: URL/) });
  });

  it('names a data: image by a short key of the whole URL, and a downloaded one by its URL', () => {
    const one = `data:image/png;base64,${'A'.repeat(100_000)}`;
    const other = `data:image/png;base64,${'A'.repeat(99_999)}B`;
    expect(dataImageKey(one)).toMatch(/^data:image\/png;length=100022;hash=[0-9a-f]+$/);
    expect(dataImageKey(one).length).toBeLessThan(80);
    expect(dataImageKey(one)).not.toBe(dataImageKey(other));
    expect(imageSourceKey('https://img.example/a.png')).toBe('https://img.example/a.png');
    expect(imageSourceKey(one)).toBe(dataImageKey(one));
  });
});
