import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { demoNotebook } from './demo-notebook.test-data';
import { EXPORT_FORMATS, exportFileName, exportSelection } from './export-file';
import { makeClip, makeQuote } from './records.test-data';
import type { ExportSelection } from './selection';

const article = readFileSync(new URL('../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');
const now = Date.UTC(2026, 10, 27, 12);

function library() {
  const demo = demoNotebook(article);
  const other = makeClip({ id: 'other', title: 'Unrelated: <b>budget</b> & more', text: 'Budget talk.', publishedAt: null, byline: 'Ann Lee' });
  const otherQuote = makeQuote('q-other', other, 'Budget talk.');
  return { ...demo, clips: [...demo.clips, other], quotes: [...demo.quotes, otherQuote] };
}

describe('exportSelection', () => {
  it('exports every kind of selection in every format, each with a usable file name', () => {
    const lib = library();
    const selections: ExportSelection[] = [
      { kind: 'clip', id: lib.clip.id },
      { kind: 'note', id: lib.notes[0]!.id },
      { kind: 'entity', id: lib.putin.id },
      { kind: 'search', query: 'arms control', hits: [{ type: 'quote', id: '01JDEMO0Q2' }, { type: 'clip', id: 'other' }] },
      { kind: 'library' },
    ];
    for (const selection of selections) {
      for (const format of EXPORT_FORMATS) {
        const file = exportSelection(lib, selection, format, { now });
        expect(file.name, `${selection.kind} ${format}`).toMatch(/^[\p{L}\p{N}-]+(\.csl)?\.(md|html|json|bib)$/u);
        expect(file.text.length).toBeGreaterThan(20);
        // The prose formats escape what a page's title carried; JSON, CSL and BibTeX keep the text as data.
        if (format === 'markdown' || format === 'html') expect(file.text).not.toContain('<b>budget</b>');
        if (format === 'json' || format === 'csl-json') expect(() => JSON.parse(file.text)).not.toThrow();
        if (format === 'bibtex') expect(parse(file.text).errors).toEqual([]);
      }
    }
  });

  it('a clip brings its quotes, speakers and tags, and nothing else', () => {
    const lib = library();
    const json = JSON.parse(exportSelection(lib, { kind: 'clip', id: lib.clip.id }, 'json', { now }).text) as Record<string, { id: string }[]>;
    expect(json.clips!.map((c) => c.id)).toEqual([lib.clip.id]);
    expect(json.quotes!.map((q) => q.id)).toEqual(['01JDEMO0Q1', '01JDEMO0Q2', '01JDEMO0Q3']);
    expect(json.entities!.map((e) => e.id).sort()).toEqual(['01JDEMO0INF', '01JDEMO0NEWSTART', '01JDEMO0PUTIN', '01JDEMO0US']);
    expect(json.notes).toEqual([]);
  });

  it('a note exports as its own document, with the sources it cites', () => {
    const lib = library();
    const file = exportSelection(lib, { kind: 'note', id: lib.notes[0]!.id }, 'markdown', { now });
    expect(file.name).toBe('Putin-on-arms-control-after-the-INF-Treaty.md');
    expect(file.text.startsWith('# Putin on arms control after the INF Treaty\n\nAfter both sides left the INF Treaty')).toBe(true);
    expect(file.text).toContain('[^2]: Vladimir Putin');
    expect(file.text).toContain('## Sources');
    expect(file.text).not.toContain('Budget talk');
    const bib = parse(exportSelection(lib, { kind: 'note', id: lib.notes[0]!.id }, 'bibtex', { now }).text);
    expect(bib.entries.map((e) => e.key)).toEqual(['putin2019ready']);
  });

  it('a search result set keeps the ranking, cites each hit, and skips what was trashed since', () => {
    const lib = library();
    const quotes = lib.quotes.map((q) => (q.id === '01JDEMO0Q1' ? { ...q, deletedAt: 1 } : q));
    const hits = [
      { type: 'clip', id: 'other' },
      { type: 'quote', id: '01JDEMO0Q1' },
      { type: 'quote', id: '01JDEMO0Q3' },
      { type: 'note', id: lib.notes[0]!.id },
    ] as const;
    const md = exportSelection({ ...lib, quotes }, { kind: 'search', query: 'START', hits: [...hits] }, 'markdown', { now }).text;
    expect(md.split('\n').slice(0, 3)).toEqual(['# Search: START', '', '3 results']);
    expect(md).toMatch(/1\. \*\*Unrelated: \\<b\\>budget\\<\/b\\> & more\*\* \(clip\)\s+Lee, Ann\./);
    expect(md).toMatch(/2\. “In early 2021 the New START treaty .*” \(quote\)\s+— Vladimir Putin, quoted in “Putin Says He's Ready/);
    expect(md).toMatch(/3\. \*\*Putin on arms control after the INF Treaty\*\* \(note\)/);
    const csl = JSON.parse(exportSelection({ ...lib, quotes }, { kind: 'search', query: 'START', hits: [...hits] }, 'csl-json', { now }).text) as { id: string }[];
    expect(csl.map((item) => item.id).sort()).toEqual([lib.clip.id, 'other'].sort());
  });

  it('an entity exports as its dossier', () => {
    const lib = library();
    const md = exportSelection(lib, { kind: 'entity', id: lib.newStart.id }, 'markdown', { now }).text;
    expect(md).toContain('# New START');
    expect(md).toContain('## Quotes about New START\n\n> “In early 2021 the New START treaty');
    expect(md).not.toContain('## Quotes by');
    const html = exportSelection(lib, { kind: 'entity', id: lib.newStart.id }, 'html', { now });
    expect(html.name).toBe('New-START.html');
    expect(html.text).toContain('<h1>New START</h1>');
  });
});

describe('exportFileName', () => {
  it('keeps letters of any script and drops everything a path could use', () => {
    expect(exportFileName("Putin says he's ready / ../../etc", 'md')).toBe('Putin-says-he-s-ready-etc.md');
    expect(exportFileName('Путин: переговоры', 'bib')).toBe('Путин-переговоры.bib');
    expect(exportFileName('***', 'json', '.csl')).toBe('quire-export.csl.json');
    expect(exportFileName('x'.repeat(300), 'md')).toHaveLength(83);
  });
});
