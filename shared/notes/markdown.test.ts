import { describe, expect, it } from 'vitest';
import { formatCitation, formatSource } from './citation';
import { extractLinks, noteText } from './links';
import { escapeMarkdown, noteToMarkdown } from './markdown';
import { sampleNote, sampleQuotes } from './sample-note.test-data';

const resolveQuote = (id: string) => sampleQuotes[id] ?? null;

describe('noteToMarkdown', () => {
  it('exports a note with two quotes and a mention, citing each quote once in a footnote', () => {
    const expected = [
      '# Notes on Russia',
      '',
      '## Why New START matters',
      '',
      'Russia suspended New START in 2023; this is **not** a withdrawal, *formally*.',
      '',
      '> Russia is suspending its membership in the New START treaty.',
      '>',
      '> — Vladimir Putin [^1]',
      '',
      '- inspections stopped',
      '- data exchanges stopped',
      '',
      'See [the State Department](https://www.state.gov/new-start/).',
      '',
      '> Deeply unfortunate and irresponsible.',
      '>',
      '> — Wire [^2]',
      '',
      '> Russia is suspending its membership in the New START treaty.',
      '>',
      '> — Vladimir Putin [^1]',
      '',
      '> A plain block quote.',
      '',
      '[^1]: Vladimir Putin, Putin suspends New START, Example News, 2023-02-21, <https://news.example/putin_new_start>',
      '[^2]: US reaction, Wire',
      '',
    ].join('\n');
    expect(noteToMarkdown(JSON.stringify(sampleNote), { title: 'Notes on Russia', resolveQuote })).toBe(expected);
  });

  it('says a quote is missing rather than dropping it', () => {
    const markdown = noteToMarkdown(sampleNote, { resolveQuote: () => null });
    expect(markdown).toContain('> *(quote not found)*');
    expect(markdown).not.toContain('[^1]');
  });

  it('exports nothing for an empty or unreadable state', () => {
    expect(noteToMarkdown('', { resolveQuote })).toBe('');
    expect(noteToMarkdown('{not json', { resolveQuote })).toBe('');
  });

  it('drops the space typed after a mention at the end of a paragraph', () => {
    const state = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'entity-mention', text: 'NATO', entityId: 'e' }, { type: 'text', text: ' ' }] }] } };
    expect(noteToMarkdown(state, { resolveQuote: () => null })).toBe('NATO\n');
  });

  it('escapes Markdown syntax in text', () => {
    expect(escapeMarkdown('a *b* [c] # d')).toBe('a \\*b\\* \\[c\\] # d');
    expect(escapeMarkdown('# not a heading\n- not a list')).toBe('\\# not a heading\n\\- not a list');
  });
});

describe('extractLinks', () => {
  it('finds each quote and entity once, in document order', () => {
    expect(extractLinks(sampleNote)).toEqual({ quoteIds: ['q-putin', 'q-blinken'], entityIds: ['ent-newstart'] });
    expect(extractLinks(JSON.stringify(sampleNote))).toEqual(extractLinks(sampleNote));
  });

  it('finds mentions nested in lists and links', () => {
    const nested = {
      root: {
        type: 'root',
        children: [
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'link', url: 'x', children: [{ type: 'entity-mention', text: 'NATO', entityId: 'e-nato' }] }] }] },
        ],
      },
    };
    expect(extractLinks(nested)).toEqual({ quoteIds: [], entityIds: ['e-nato'] });
  });

  it('returns no links for an empty or broken state', () => {
    expect(extractLinks('')).toEqual({ quoteIds: [], entityIds: [] });
    expect(extractLinks('{"root": 3}')).toEqual({ quoteIds: [], entityIds: [] });
  });
});

describe('noteText', () => {
  it('gives one line per block, mentions as names, quotes through the resolver', () => {
    const text = noteText(sampleNote, (id) => sampleQuotes[id]?.text ?? null);
    expect(text.split('\n')).toEqual([
      'Why New START matters',
      'Russia suspended New START in 2023; this is not a withdrawal, formally.',
      'Russia is suspending its membership in the New START treaty.',
      'inspections stopped',
      'data exchanges stopped',
      'See the State Department.',
      'Deeply unfortunate and irresponsible.',
      'Russia is suspending its membership in the New START treaty.',
      'A plain block quote.',
    ]);
  });

  it('leaves quotes out when it cannot resolve them', () => {
    expect(noteText(sampleNote)).not.toContain('suspending');
  });
});

describe('citations', () => {
  it('formats a quote as “quote” — Speaker, Title, Site, date, URL', () => {
    expect(formatCitation(sampleQuotes['q-putin']!)).toBe(
      '“Russia is suspending its membership in the New START treaty.” — Vladimir Putin, Putin suspends New START, Example News, 2023-02-21, https://news.example/putin_new_start',
    );
    expect(formatSource(sampleQuotes['q-blinken']!)).toBe('US reaction, Wire');
  });
});
