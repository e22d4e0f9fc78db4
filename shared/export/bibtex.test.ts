import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { citationKey, escapeLatex, sourcesToBibtex } from './bibtex';
import { makeClip } from './records.test-data';
import { sourceFromClip } from './source';

type Creator = { lastName?: string; firstName?: string; prefix?: string; name?: string };

function parseBib(text: string) {
  const result = parse(text);
  expect(result.errors).toEqual([]);
  return result.entries;
}

describe('BibTeX export', () => {
  it('gives the demo clip the key putin2019ready and parses back to the same fields (biblatex @online)', () => {
    const source = sourceFromClip(makeClip());
    const [entry] = parseBib(sourcesToBibtex([source]));
    expect(entry?.type).toBe('online');
    expect(entry?.key).toBe('putin2019ready');
    expect(entry?.fields).toEqual({
      title: "Putin says he's ready to start talks with US on arms control",
      // biblatex's organization is a list field, so the parser returns a list.
      organization: ['The Hill'],
      date: '2019-07-04',
      url: 'https://thehill.com/',
      urldate: '2026-11-27',
      langid: 'en',
    });
  });

  it('escapes every LaTeX special so the parser reads the original text back', () => {
    const title = 'Budget: 50% cut & $48 billion #defense {draft} under_score ~approx^2 back\\slash';
    const source = sourceFromClip(
      makeClip({ title, siteName: 'R&D Times', byline: 'Jane Doe, Ludwig van Beethoven and The Hill Staff', url: 'https://ex.org/a_b?x=1&y=50%25#top' }),
    );
    const text = sourcesToBibtex([source]);
    expect(text).toContain(escapeLatex(title));
    const [entry] = parseBib(text);
    expect(entry?.fields.title).toBe(title);
    expect(entry?.fields.organization).toEqual(['R&D Times']);
    expect(entry?.fields.url).toBe('https://ex.org/a_b?x=1&y=50%25#top');
    expect(entry?.fields.author as Creator[]).toEqual([
      { lastName: 'Doe', firstName: 'Jane' },
      // BibTeX reads "van" as the von part of "van Beethoven, Ludwig".
      { lastName: 'Beethoven', prefix: 'van', firstName: 'Ludwig' },
      { name: 'The Hill Staff' },
    ]);
  });

  it('writes classic BibTeX @misc with year, month and an access note', () => {
    const source = sourceFromClip(makeClip({ byline: 'John Bowden', publishedAt: '2019-07-04T09:15:00Z' }));
    const [entry] = parseBib(sourcesToBibtex([source], 'bibtex'));
    expect(entry?.type).toBe('misc');
    expect(entry?.key).toBe('bowden2019putin');
    expect(entry?.fields).toMatchObject({
      howpublished: 'The Hill',
      year: '2019',
      month: '7',
      note: 'Accessed November 27, 2026',
      url: 'https://thehill.com/',
      urldate: '2026-11-27',
    });
  });

  it('keeps non-Latin text intact and makes an ASCII key of it', () => {
    const source = sourceFromClip(
      makeClip({ title: 'Путин заявил о готовности к переговорам', byline: 'Иван Петров', siteName: 'Коммерсантъ', publishedAt: null }),
    );
    expect(citationKey(source)).toBe('petrovndputin');
    const [entry] = parseBib(sourcesToBibtex([source]));
    expect(entry?.fields.title).toBe('Путин заявил о готовности к переговорам');
    expect(entry?.fields.author).toEqual([{ lastName: 'Петров', firstName: 'Иван' }]);
    expect(entry?.fields.date).toBeUndefined();
  });

  it('makes keys unique within a file and stable between exports', () => {
    const sources = [makeClip(), makeClip({ id: 'b', url: 'https://thehill.com/2' }), makeClip({ id: 'c', title: 'Other news' })].map((clip) =>
      sourceFromClip(clip),
    );
    const first = parseBib(sourcesToBibtex(sources)).map((entry) => entry.key);
    expect(first).toEqual(['putin2019ready', 'putin2019readya', 'other2019news']);
    expect(parseBib(sourcesToBibtex(sources)).map((entry) => entry.key)).toEqual(first);
  });
});
