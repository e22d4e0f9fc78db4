import { describe, expect, it } from 'vitest';
import { buildFrameDocument } from './frame-document';

const render = (html: string, assets: Record<string, string> = {}) =>
  new DOMParser().parseFromString(buildFrameDocument(html, new Map(Object.entries(assets)), 'https://app.example/reader-frame.css'), 'text/html');

describe('images in the reader frame', () => {
  it('shows no placeholder for decoration an older clip still holds, but keeps one for a missing photograph', () => {
    const doc = render(`<p>First.</p><figure><img src="https://ichef.example/_76020974_line976.jpg" alt="line"></figure>
      <p>Second.</p><img src="https://a.example/spacer.gif" alt="spacer"><img src="https://a.example/x.png" alt="***">
      <img src="https://a.example/obama.jpg" alt="President Obama in the Roosevelt Room">`);
    expect([...doc.querySelectorAll('.missing-image')].map((span) => span.textContent)).toEqual(['[image: President Obama in the Roosevelt Room]']);
    expect(doc.body.textContent).not.toContain('[image: line]');
  });

  it('drops decoration even when it was stored, and shows stored photographs from their blob', () => {
    const doc = render('<img src="asset:a1" alt="divider"><img src="asset:a2" alt="A map of the test sites">', { a1: 'blob:divider', a2: 'blob:map' });
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['blob:map']);
  });
});
