import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../notes/citation';
import { noteToHtml } from '../notes/html';
import { QUOTE_NODE_TYPE } from '../notes/lexical-json';
import { noteToMarkdown } from '../notes/markdown';
import { sourcesToBibtex } from './bibtex';
import { sourcesToCslJson } from './csl';
import { clipToHtml } from './html';
import { clipToMarkdown, notebookToMarkdown } from './markdown';
import { indexRecords } from './records';
import { makeClip, makeQuote } from './records.test-data';
import { markdownUrl, safeUrl } from './safe-link';
import { sourceFromClip } from './source';

const DANGEROUS = ['javascript', 'data', 'vbscript'];

/** A dangerous scheme in the disguises browsers and Markdown renderers see through. */
const disguisedScheme = fc
  .tuple(fc.constantFrom(...DANGEROUS), fc.infiniteStream(fc.nat(5)), fc.constantFrom('', ' ', '\u0000', '\t\n', '\u00a0', '\u0001 '), fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;', '%3a'))
  .map(([scheme, choices, lead, colon]) => {
    const letters = [...scheme].map((char) => {
      const pick = choices.next().value as number;
      const code = char.charCodeAt(0);
      return [char.toUpperCase(), char, `&#${code};`, `&#x${code.toString(16)};`, `&#000${code}`, `${char}\t`][pick]!;
    });
    return `${lead}${letters.join('')}${colon}`;
  });

const payload = fc.string({ unit: fc.constantFrom(...'a1/()<>[]`\\"\'{}% \t\n\r*_&;#:=?\u0000\u202e\ud800x'.split('')) });

const hostileUrl = fc.oneof(
  fc.tuple(disguisedScheme, payload).map(([scheme, rest]) => `${scheme}${rest}`),
  fc.tuple(fc.constantFrom('https://', 'HTTP://', 'mailto:', ' https://'), payload).map(([scheme, rest]) => `${scheme}ex.test/${rest}`),
  fc.string({ unit: 'binary' }),
);

/** What a browser or a Markdown renderer would take the link's scheme to be, disguises removed. */
function isDangerous(href: string): boolean {
  const decoded = href
    .replace(/&colon;?/gi, ':')
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/[\p{Cc}\p{Cf}\p{Z}\s]/gu, '')
    .toLowerCase();
  return DANGEROUS.some((scheme) => decoded.startsWith(`${scheme}:`));
}

/** A destination that starts with a safe scheme and holds nothing that ends or changes a Markdown link. */
const MARKDOWN_TARGET = /^(?:https?:\/\/|mailto:)[^\s\p{Cc}\p{Cf}\p{Z}<>()\\`]*$/iu;

const text = (value: string) => ({ type: 'text', text: value, format: 0 });
const noteWithLink = (url: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [text('before '), { type: 'link', url, children: [text('LINK')] }, text(' after')] }] },
});
const quoteNote = { root: { type: 'root', children: [{ type: QUOTE_NODE_TYPE, quoteId: 'q1' }] } };

function expectSafeMarkdownLinkNote(markdown: string): void {
  const link = /^before \[LINK\]\((.*)\) after\n$/su.exec(markdown);
  if (link) {
    expect(link[1]).toMatch(MARKDOWN_TARGET);
    expect(isDangerous(link[1]!)).toBe(false);
  } else {
    expect(markdown).toBe('before LINK after\n');
  }
}

/** A Markdown autolink `<url>` and nothing around it. */
function expectSafeAutolink(text: string): void {
  expect(text.startsWith('<') && text.endsWith('>')).toBe(true);
  const target = text.slice(1, -1);
  expect(target).toMatch(MARKDOWN_TARGET);
  expect(isDangerous(target)).toBe(false);
}

const htmlParser = new new JSDOM('').window.DOMParser();

function expectSafeHtmlLinks(html: string, body: string): void {
  const doc = htmlParser.parseFromString(html, 'text/html');
  for (const anchor of doc.querySelectorAll('a')) {
    const href = anchor.getAttribute('href') ?? '';
    expect(href).toMatch(/^(?:https?:\/\/|mailto:)/i);
    expect(isDangerous(href)).toBe(false);
  }
  expect(doc.querySelectorAll('script, img, iframe, [onerror], [onclick]').length).toBe(0);
  expect(doc.body.textContent).toContain(body);
}

describe('one link rule for every export', () => {
  it('a note link in Markdown is a safe link that stays inside its parentheses, or plain text', () => {
    fc.assert(fc.property(hostileUrl, (url) => expectSafeMarkdownLinkNote(noteToMarkdown(noteWithLink(url), { resolveQuote: () => null }))), { numRuns: 500 });
  });

  it('a note link in HTML is a safe href, or plain text', () => {
    fc.assert(
      fc.property(hostileUrl, (url) => {
        const html = noteToHtml(noteWithLink(url), { resolveQuote: () => null });
        expectSafeHtmlLinks(html, 'before LINK after');
      }),
      { numRuns: 200 },
    );
  });

  it('a cited quote names a safe URL in its Markdown footnote and plain citation, or none', () => {
    fc.assert(
      fc.property(hostileUrl, (url) => {
        const quote = { text: 'Q', speakerName: null, clipTitle: 'T', siteName: 'S', publishedAt: null, url };
        const footnote = noteToMarkdown(quoteNote, { resolveQuote: () => quote }).trimEnd().split('\n').at(-1)!;
        expect(footnote.startsWith('[^1]: T, S')).toBe(true);
        const rest = footnote.slice('[^1]: T, S'.length);
        if (rest !== '') {
          expect(rest.startsWith(', ')).toBe(true);
          expectSafeAutolink(rest.slice(2));
        }
        const plain = formatCitation(quote);
        if (plain !== '“Q” — T, S') {
          expect(plain.startsWith('“Q” — T, S, ')).toBe(true);
          expect(plain.slice('“Q” — T, S, '.length)).toMatch(/^(?:https?:\/\/|mailto:)\S*$/iu);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a clip URL is safe in the Markdown and HTML exports, BibTeX, CSL-JSON and the citations', () => {
    fc.assert(
      fc.property(hostileUrl, (url) => {
        const clip = makeClip({ url, canonicalUrl: '', byline: '', siteName: '', publishedAt: '' });
        const records = { clips: [clip], quotes: [makeQuote('q1', clip, 'Q')], entities: [], notes: [] };
        const facts = clipToMarkdown(clip, records).split('\n\n')[1]!;
        if (facts !== '## Quotes') expectSafeAutolink(facts);
        expect(notebookToMarkdown(records)).not.toMatch(/\((?:javascript|data|vbscript):/i);
        expectSafeHtmlLinks(clipToHtml(clip, indexRecords(records)), clip.title);
        const source = sourceFromClip(clip);
        expect(source.url === '' || !isDangerous(source.url)).toBe(true);
        const [entry] = parseBibtex(sourcesToBibtex([source])).entries;
        expect(entry?.fields.title).toBe(clip.title);
        const bibUrl = entry?.fields.url;
        if (bibUrl !== undefined) expect(isDangerous(String(bibUrl))).toBe(false);
        const [item] = JSON.parse(sourcesToCslJson([source])) as { URL?: string }[];
        if (item?.URL !== undefined) expect(item.URL).toMatch(/^(?:https?:\/\/|mailto:)/i);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps real links as they are, spaces and syntax characters encoded', () => {
    expect(safeUrl('  https://example.org/a b?q=1&r=2#x  ')).toBe('https://example.org/a%20b?q=1&r=2#x');
    expect(safeUrl('MAILTO:someone@example.org')).toBe('MAILTO:someone@example.org');
    expect(safeUrl('https://ru.wikipedia.org/wiki/Договор')).toBe('https://ru.wikipedia.org/wiki/Договор');
    expect(markdownUrl('https://example.org/a>b)(c')).toBe('https://example.org/a%3Eb%29%28c');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', '&#106;avascript:x', 'data:text/html,<b>', 'vbscript:x', '/relative', 'file:///etc/passwd']) {
      expect(safeUrl(bad)).toBeNull();
    }
  });

  it('writes a refused link as its text, in Markdown and HTML alike', () => {
    const note = noteWithLink('javascript:alert(document.cookie)');
    expect(noteToMarkdown(note, { resolveQuote: () => null })).toBe('before LINK after\n');
    expect(noteToHtml(note, { resolveQuote: () => null })).toBe('<p>before LINK after</p>');
  });
});
