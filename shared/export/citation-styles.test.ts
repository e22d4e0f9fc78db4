import { describe, expect, it } from 'vitest';
import { formatApa } from './apa';
import { formatChicago } from './chicago';
import { quoteCitations } from './quote-citations';
import type { QuoteCard } from './quote-card';
import { quoteCard } from './quote-card';
import { makeClip, makeEntity, makeQuote } from './records.test-data';
import { sourceFromClip } from './source';
import { styledToHtml, styledToMarkdown, styledToText } from './styled';

const QUOTE = 'Now it’s up to the U.S.,';
const putin = makeEntity('e-putin', 'person', 'Vladimir Putin');

function card(clip = makeClip(), speaker: typeof putin | null = putin): QuoteCard {
  return quoteCard(makeQuote('q1', clip, QUOTE), clip, speaker);
}

const text = styledToText;

describe('APA 7', () => {
  it('cites an unsigned news article by its title, the quote "as cited in" it', () => {
    const apa = formatApa(card());
    expect(text(apa.reference)).toBe(
      "Putin says he's ready to start talks with US on arms control. (2019, July 4). The Hill. https://thehill.com/",
    );
    expect(styledToMarkdown(apa.reference)).toContain('*The Hill*');
    expect(text(apa.inText)).toBe('(“Putin Says He\'s Ready,” 2019)');
    expect(text(apa.quotation)).toBe('“Now it’s up to the U.S.” (Putin, as cited in “Putin Says He\'s Ready,” 2019).');
  });

  it('lists one, two and many authors with initials and an ampersand', () => {
    const one = formatApa(card(makeClip({ byline: 'By John Bowden' })));
    expect(text(one.reference)).toBe(
      "Bowden, J. (2019, July 4). Putin says he's ready to start talks with US on arms control. The Hill. https://thehill.com/",
    );
    expect(text(one.inText)).toBe('(Bowden, 2019)');
    expect(text(one.quotation)).toBe('“Now it’s up to the U.S.” (Putin, as cited in Bowden, 2019).');

    const two = formatApa(card(makeClip({ byline: 'John Bowden and Jean-Pierre Anne Roe' })));
    expect(text(two.reference)).toMatch(/^Bowden, J., & Roe, J.-P. A. \(2019, July 4\)\. /);
    expect(text(two.inText)).toBe('(Bowden & Roe, 2019)');

    const three = formatApa(card(makeClip({ byline: 'John Bowden, Jane Roe, Max Moe' })));
    expect(text(three.reference)).toMatch(/^Bowden, J., Roe, J., & Moe, M\. \(2019/);
    expect(text(three.inText)).toBe('(Bowden et al., 2019)');
  });

  it('writes n.d. for a page without a date, and italicises a web page\'s own title', () => {
    const clip = makeClip({ publishedAt: null, siteName: 'Arms Control Association', byline: 'Daryl Kimball', title: 'The INF Treaty at a glance' });
    const apa = formatApa(card(clip, null));
    expect(text(apa.reference)).toBe('Kimball, D. (n.d.). The INF Treaty at a glance. Arms Control Association. https://thehill.com/');
    expect(styledToHtml(apa.reference)).toContain('<i>The INF Treaty at a glance.</i>');
    expect(text(apa.inText)).toBe('(Kimball, n.d.)');
    expect(text(apa.quotation)).toBe('“Now it’s up to the U.S.” (Kimball, n.d.).');
  });

  it('does not repeat a site that is also the author', () => {
    const apa = formatApa(card(makeClip({ byline: 'Reuters', siteName: 'Reuters', publishedAt: '2023-02-21T10:00:00Z' })));
    expect(text(apa.reference)).toBe("Reuters. (2023, February 21). Putin says he's ready to start talks with US on arms control. https://thehill.com/");
  });
});

describe('Chicago notes and bibliography', () => {
  it('cites a signed article: full note with "quoted in", short note, bibliography', () => {
    const chicago = formatChicago(card(makeClip({ byline: 'John Bowden' })));
    expect(text(chicago.note)).toBe(
      'Vladimir Putin, quoted in John Bowden, “Putin Says He\'s Ready to Start Talks with US on Arms Control,” The Hill, July 4, 2019, https://thehill.com/.',
    );
    expect(styledToMarkdown(chicago.note)).toContain('*The Hill*');
    expect(text(chicago.shortNote)).toBe('Bowden, “Putin Says He\'s Ready.”');
    expect(text(chicago.bibliography)).toBe(
      'Bowden, John. “Putin Says He\'s Ready to Start Talks with US on Arms Control.” The Hill, July 4, 2019. https://thehill.com/.',
    );
  });

  it('lists an unsigned news article under the publication', () => {
    const chicago = formatChicago(card());
    expect(text(chicago.note)).toMatch(/^Vladimir Putin, quoted in “Putin Says He's Ready to Start Talks with US on Arms Control,” The Hill, July 4, 2019/);
    expect(text(chicago.bibliography)).toBe(
      'The Hill. “Putin Says He\'s Ready to Start Talks with US on Arms Control.” July 4, 2019. https://thehill.com/.',
    );
  });

  it('uses the access date when the page has no date, and "et al." from four authors', () => {
    const clip = makeClip({ publishedAt: null, siteName: '', byline: 'Ann Lee, Bo Chan, Cy Diaz, Di Evans', title: 'Is New START dead?' });
    const chicago = formatChicago(card(clip, null));
    expect(text(chicago.note)).toBe('Ann Lee et al., “Is New START Dead?” accessed November 27, 2026, https://thehill.com/.');
    expect(text(chicago.bibliography)).toBe(
      'Lee, Ann, Bo Chan, Cy Diaz, and Di Evans. “Is New START Dead?” Accessed November 27, 2026. https://thehill.com/.',
    );
    const three = formatChicago(card(makeClip({ byline: 'Ann Lee, Bo Chan and Cy Diaz' }), null));
    expect(text(three.note)).toMatch(/^Ann Lee, Bo Chan, and Cy Diaz, “/);
  });

  it('escapes what it renders to HTML', () => {
    const html = styledToHtml(formatChicago(card(makeClip({ title: '<script>alert(1)</script>', siteName: 'A&B <News>' }))).note);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<i>A&#38;B &#60;News&#62;</i>');
  });
});

describe('sources', () => {
  it('treats a dated page on a named site as an article, anything else as a web page', () => {
    expect(sourceFromClip(makeClip()).kind).toBe('article');
    expect(sourceFromClip(makeClip({ publishedAt: null })).kind).toBe('webpage');
    expect(sourceFromClip(makeClip({ siteName: '' })).kind).toBe('webpage');
  });
});

describe('quoteCitations', () => {
  it('renders a quote card in APA and Chicago as text, HTML and Markdown', () => {
    const clip = makeClip({ byline: 'John Bowden' });
    const citations = quoteCitations(makeQuote('q', clip, QUOTE), clip, putin);
    expect(citations.apa.quotation.text).toBe('“Now it’s up to the U.S.” (Putin, as cited in Bowden, 2019).');
    expect(citations.apa.reference.html).toBe(
      "Bowden, J. (2019, July 4). Putin says he&#39;s ready to start talks with US on arms control. <i>The Hill</i>. https://thehill.com/",
    );
    expect(citations.chicago.note.markdown).toBe(
      "Vladimir Putin, quoted in John Bowden, “Putin Says He's Ready to Start Talks with US on Arms Control,” *The Hill*, July 4, 2019, https://thehill.com/.",
    );
    expect(citations.chicago.shortNote.text).toBe('Bowden, “Putin Says He\'s Ready.”');
  });
});

describe('a speaker who wrote the piece', () => {
  it('is cited as its author, not "as cited in" or "quoted in" their own text', () => {
    const clip = makeClip({ byline: 'Vladimir Putin', title: 'Being Open, in Spite of the Past', siteName: 'Die Zeit', publishedAt: '2021-06-22' });
    const c = card(clip);
    expect(text(formatApa(c).quotation)).toBe('“Now it’s up to the U.S.” (Putin, 2021).');
    expect(text(formatChicago(c).note)).toBe('Vladimir Putin, “Being Open, in Spite of the Past,” Die Zeit, June 22, 2021, https://thehill.com/.');
  });
});
