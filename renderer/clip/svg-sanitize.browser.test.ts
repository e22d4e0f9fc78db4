import { describe, expect, it } from 'vitest';
import { checkImageBytes, displayableBlob } from './image-bytes';
import { HOSTILE_SVG } from './hostile-svg.fixture';
import { sanitizeSvg } from './svg-sanitize';


describe('sanitizeSvg', () => {
  it('keeps the picture and drops script, handlers, foreignObject and every external reference', () => {
    const clean = sanitizeSvg(HOSTILE_SVG)!;
    expect(clean).not.toBeNull();
    expect(clean).not.toMatch(/script|onload|onclick|onmouseover|foreignObject|iframe|evil\.example|javascript:|@import|<animate|<set/i);
    const doc = new DOMParser().parseFromString(clean, 'image/svg+xml');
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('url(#g)');
    expect(doc.querySelector('linearGradient stop')).not.toBeNull();
    expect(doc.querySelector('text')?.textContent).toBe('Chart');
    expect([...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
  });

  it('refuses what is not an SVG document, and entity declarations', () => {
    expect(sanitizeSvg('<html><body><svg onload="alert(1)"></svg></body></html>')).toBeNull();
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg')).toBeNull();
    expect(sanitizeSvg('<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>')).toBeNull();
  });
});

describe('checkImageBytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('stores an SVG only sanitized, typed image/svg+xml, whatever it was sent as', async () => {
    const checked = checkImageBytes(encode(HOSTILE_SVG), 'text/html');
    expect(checked.ok && checked.mimeType).toBe('image/svg+xml');
    if (!checked.ok) return;
    expect(checked.blob.type).toBe('image/svg+xml');
    expect(await checked.blob.text()).not.toMatch(/script|onload|foreignObject|evil\.example/i);
  });

  it('types a PNG by its bytes, and refuses an HTML page sent as image/png', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const asPage = checkImageBytes(png, 'text/html');
    expect(asPage.ok && asPage.blob.type).toBe('image/png');
    expect(checkImageBytes(encode('<!doctype html><script>alert(1)</script>'), 'image/png')).toEqual({
      ok: false,
      error: 'Not an image (sent as image/png).',
    });
  });

  it('shows an unsanitized SVG stored before these checks only sanitized, and no page at all', async () => {
    const legacy = await displayableBlob(new Blob([HOSTILE_SVG], { type: 'image/svg+xml' }));
    expect(await legacy!.text()).not.toMatch(/script|onload|foreignObject|evil\.example/i);
    expect(await displayableBlob(new Blob(['<html><script>alert(1)</script>'], { type: 'image/png' }))).toBeNull();
  });
});
