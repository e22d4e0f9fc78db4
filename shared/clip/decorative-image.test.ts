import { describe, expect, it } from 'vitest';
import { isDecorativeImage, type ImageFacts } from './decorative-image';

const photo = (facts: Partial<ImageFacts> = {}): ImageFacts => ({ src: 'https://news.example/media/obama-interview.jpg', alt: 'President Obama in the Roosevelt Room', ...facts });

describe('decorative images', () => {
  it('are tracking pixels, spacers and rules by their size, in attributes or style', () => {
    expect(isDecorativeImage(photo({ width: '1', height: '1', alt: '' }))).toBe(true);
    expect(isDecorativeImage(photo({ alt: 'line', width: '464', height: '2' }))).toBe(true);
    expect(isDecorativeImage(photo({ style: 'margin: 0; height: 1px; width: 1px' }))).toBe(true);
    expect(isDecorativeImage(photo({ width: '16', height: '16', alt: '' }))).toBe(true);
    expect(isDecorativeImage(photo({ src: '/logo_bana/corner_1.gif', width: '7', height: '7', alt: null }))).toBe(true);
  });

  it('are what their role or ARIA says they are, when their alt text says nothing', () => {
    expect(isDecorativeImage(photo({ role: 'presentation', alt: '' }))).toBe(true);
    expect(isDecorativeImage(photo({ role: 'none', alt: null }))).toBe(true);
    expect(isDecorativeImage(photo({ ariaHidden: 'true', alt: '' }))).toBe(true);
    // Wikipedia's formulas: the picture is aria-hidden beside MathML the clip does not keep; its alt says what it shows.
    expect(isDecorativeImage(photo({ src: 'https://wikimedia.org/api/rest_v1/media/math/render/svg/7daff47f', ariaHidden: 'true', alt: '{\\displaystyle A^{H}}' }))).toBe(false);
  });

  it('are what their file, class or alt text names: spacers, dividers, pixels', () => {
    for (const src of ['/img/spacer.gif', 'https://a.example/blank.gif', 'https://ichef.example/_76020974_line976.jpg', '/t/1x1.png?x=1', 'https://a.example/divider-line.png']) {
      expect(isDecorativeImage(photo({ src }))).toBe(true);
    }
    expect(isDecorativeImage(photo({ className: 'story-divider' }))).toBe(true);
    for (const alt of ['line', 'Divider', 'section divider', 'horizontal rule', '***', '•', '—']) expect(isDecorativeImage(photo({ alt }))).toBe(true);
  });

  it('are not article pictures that merely share a word, a small size or an empty alt', () => {
    expect(isDecorativeImage(photo())).toBe(false);
    expect(isDecorativeImage(photo({ alt: '' }))).toBe(false);
    expect(isDecorativeImage(photo({ alt: null, width: '976', height: '549' }))).toBe(false);
    // CNET's article pictures: "0" for the side that scales.
    expect(isDecorativeImage(photo({ alt: '', width: '570', height: '0' }))).toBe(false);
    expect(isDecorativeImage(photo({ alt: '', width: '0', height: '0' }))).toBe(true);
    expect(isDecorativeImage(photo({ alt: 'A smiling face', width: '16', height: '16' }))).toBe(false);
    for (const src of ['/charts/line-chart.png', '/img/blanket-coverage.png', '/img/timeline.jpg', '/assine-folha-transparente-321x149.png', 'data:image/png;base64,iVBORw0KGgo=']) {
      expect(isDecorativeImage(photo({ src })), src).toBe(false);
    }
    for (const alt of ['Image', 'Line of refugees at the border', 'Border', 'Space shuttle launch', 'A dotted map of test sites']) expect(isDecorativeImage(photo({ alt })), alt).toBe(false);
    expect(isDecorativeImage(photo({ className: 'line-clamp border-image' }))).toBe(false);
  });
});
