import { describe, expect, it } from 'vitest';
import type { Clip, Entity, Quote } from '../../../shared/model';
import { citeQuote } from './citation-copy';

const base = { createdAt: 0, updatedAt: 0, deletedAt: null };
const clip: Clip = {
  ...base, id: 'C', url: 'https://thehill.com/policy/putin-talks', canonicalUrl: 'https://thehill.com/policy/putin-talks',
  title: "Putin says he's ready to start talks with US on arms control", byline: 'Rebecca Klar', siteName: 'The Hill',
  publishedAt: '2019-07-04', lang: 'en', excerpt: '', html: '', text: '', wordCount: 0, contentHash: '', tags: [],
  readState: 'unread', readingProgress: 0, source: 'paste',
};
const putin: Entity = {
  ...base, id: 'P', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'], description: '', treaty: null,
  origin: { type: 'user' }, mergedInto: null,
};
const quote: Quote = {
  ...base, id: 'Q', clipId: 'C', text: 'We are ready to do this', speakerId: 'P', entityIds: [], comment: '', colour: 'yellow',
  selector: { quote: { type: 'TextQuoteSelector', exact: 'We are ready to do this', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 23 } },
};

describe('a quote card’s citation', () => {
  it('plain: "quote" — Speaker, Title, Site, date, URL', () => {
    const { text } = citeQuote('plain', quote, clip, putin);
    expect(text).toContain('“We are ready to do this” — Vladimir Putin');
    expect(text).toContain('The Hill');
    expect(text).toContain('https://thehill.com/policy/putin-talks');
  });

  it('APA 7: the quotation with its in-text citation, then the reference with the year and the site in italics', () => {
    const apa = citeQuote('apa', quote, clip, putin);
    expect(apa.text).toMatch(/We are ready to do this/);
    expect(apa.text).toMatch(/Klar, R\. \(2019, July 4\)/);
    expect(apa.html).toMatch(/<i>|<em>/);
  });

  it('Chicago: a note and a bibliography entry, different from each other', () => {
    const note = citeQuote('chicago-note', quote, clip, putin).text;
    const bibliography = citeQuote('chicago-bibliography', quote, clip, putin).text;
    // Chicago capitalises titles headline-style.
    expect(note).toMatch(/^Vladimir Putin, quoted in Rebecca Klar, “Putin Says He's Ready to Start Talks with US on Arms Control,” The Hill, July 4, 2019/);
    expect(bibliography).toMatch(/^Klar, Rebecca\./);
    expect(note).not.toBe(bibliography);
  });
});
