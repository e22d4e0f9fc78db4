import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { sourcesToCslJson, sourceToCsl } from './csl';
import { makeClip } from './records.test-data';
import { sourceFromClip } from './source';

const schema = JSON.parse(readFileSync(new URL('./csl-data.schema.json', import.meta.url), 'utf8')) as object;
// The schema uses optional tuple items (date-parts) and "required" inside oneOf branches, both valid draft-07 that ajv's extra strict checks flag.
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictTuples: false, strictRequired: false }).compile(schema);

function expectValid(json: string): unknown[] {
  const data = JSON.parse(json) as unknown[];
  const ok = validate(data);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
  return data;
}

describe('CSL-JSON export', () => {
  it('writes a dated news clip as article-newspaper that validates against the CSL schema', () => {
    const clip = makeClip({ byline: 'By John Bowden and The Hill Staff', canonicalUrl: 'https://thehill.com/policy/451' });
    const [item] = expectValid(sourcesToCslJson([sourceFromClip(clip)]));
    expect(item).toEqual({
      id: clip.id,
      type: 'article-newspaper',
      title: "Putin says he's ready to start talks with US on arms control",
      author: [{ family: 'Bowden', given: 'John' }, { literal: 'The Hill Staff' }],
      'container-title': 'The Hill',
      issued: { 'date-parts': [[2019, 7, 4]] },
      accessed: { 'date-parts': [[2026, 11, 27]] },
      URL: 'https://thehill.com/policy/451',
      language: 'en',
    });
  });

  it('writes an undated page without site as a webpage, still valid, with no empty fields', () => {
    const clip = makeClip({ siteName: '', publishedAt: null, lang: '', url: 'https://example.org/page' });
    const [item] = expectValid(sourcesToCslJson([sourceFromClip(clip)]));
    expect(item).toEqual({
      id: clip.id,
      type: 'webpage',
      title: clip.title,
      accessed: { 'date-parts': [[2026, 11, 27]] },
      URL: 'https://example.org/page',
    });
  });

  it('keeps the published calendar day whatever the offset of a date-time', () => {
    const late = sourceToCsl(sourceFromClip(makeClip({ publishedAt: '2019-07-04T23:30:00-04:00' })));
    const month = sourceToCsl(sourceFromClip(makeClip({ publishedAt: '2019-07' })));
    expect(late.issued).toEqual({ 'date-parts': [[2019, 7, 4]] });
    expect(month.issued).toEqual({ 'date-parts': [[2019, 7]] });
    expectValid(JSON.stringify([late, month]));
  });

  it('dates "accessed" on the user\'s calendar day when told their UTC offset', () => {
    // Clipped 22:30 UTC on Nov 27: already Nov 28 in Moscow (UTC+3).
    const item = sourceToCsl(sourceFromClip(makeClip(), { timeZoneOffsetMinutes: 180 }));
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 28]] });
  });

  it('the schema rejects what a broken export would write', () => {
    const good = sourceToCsl(sourceFromClip(makeClip({ byline: 'Jane Doe' })));
    const broken = [
      { ...good, type: 'news-article' },
      { ...good, author: [{ name: 'Jane Doe' }] },
      { ...good, issued: { 'date-parts': [[2019, 13, 4]] } },
      { ...good, container: 'The Hill' },
      { ...good, id: undefined },
    ];
    for (const item of broken) expect(validate([JSON.parse(JSON.stringify(item))]), JSON.stringify(item)).toBe(false);
  });
});
