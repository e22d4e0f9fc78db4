import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import type { ClipResult } from '../../shared/clip/types';
import { createNodeClipDeps, parseHTMLWithJsdom } from '../cli/node-dom';
import { hitRates, SCORED_FIELDS, type ExpectedMetadata, type FoundMetadata } from './metadata-score';
import { clip } from '../../renderer/clip/pipeline';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);
const names = readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

// The rates reached when this test was written (129 pages); the clipper must not fall below them.
const MIN_HIT_RATES = { title: 123 / 129, byline: 121 / 129, excerpt: 121 / 129, siteName: 127 / 129 };

type PageRun = { name: string; expected: ExpectedMetadata; result: ClipResult; readability: FoundMetadata };

async function runPage(name: string): Promise<PageRun> {
  const deps = createNodeClipDeps();
  const bytes = readFileSync(new URL(`${name}/source.html`, PAGES));
  const expected = JSON.parse(readFileSync(new URL(`${name}/expected-metadata.json`, PAGES), 'utf8')) as ExpectedMetadata;
  let pristine: Document | null = null;
  // Parse once; plain Readability reads a copy of the very document the clipper got.
  const parseHTML = (html: string, baseUrl: string) => {
    const doc = parseHTMLWithJsdom(html, baseUrl);
    pristine ??= doc.cloneNode(true) as Document;
    return doc;
  };
  const result = await clip({ kind: 'bytes', bytes, url: 'http://fakehost/test/page.html' }, { ...deps, parseHTML });
  const readability = pristine ? (new Readability(pristine).parse() ?? {}) : {};
  return { name, expected, result, readability };
}

function foundMetadata(result: ClipResult): FoundMetadata {
  if (result.ok) return result.draft;
  return { title: result.error.bookmark?.title ?? '' };
}

describe(`the ${names.length} fixture pages, clipped in Node`, () => {
  const runs: PageRun[] = [];

  it('clip without throwing; every page Readability calls readerable becomes a clip', async () => {
    expect(names.length).toBe(129);
    for (const name of names) runs.push(await runPage(name));
    const failed = runs.filter((run) => !run.result.ok && run.expected.readerable !== false);
    expect(failed.map((run) => `${run.name}: ${run.result.ok ? '' : run.result.error.message}`)).toEqual([]);
    for (const run of runs) {
      if (!run.result.ok) expect(run.result.error.code).toBe('not-an-article');
      else {
        expect(run.result.draft.text.length).toBeGreaterThan(0);
        expect(run.result.draft.contentHash).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  }, 900_000);

  it('find title, byline, excerpt and site name at least as often as when measured', () => {
    expect(runs).toHaveLength(names.length);
    const ours = hitRates(runs.map((run) => ({ found: foundMetadata(run.result), expected: run.expected })));
    const plain = hitRates(runs.map((run) => ({ found: run.readability, expected: run.expected })));
    const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`.padStart(7);
    console.log(['field      quire  readability', ...SCORED_FIELDS.map((f) => `${f.padEnd(9)} ${percent(ours[f])} ${percent(plain[f])}`)].join('\n'));
    for (const field of SCORED_FIELDS) expect(ours[field], field).toBeGreaterThanOrEqual(MIN_HIT_RATES[field]);
  });
});
