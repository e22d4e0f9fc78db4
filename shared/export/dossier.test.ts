import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoNotebook } from './demo-notebook.test-data';
import { buildDossier } from './dossier';
import { renderDossierHtml } from './dossier-html';
import { EXPORT_CSP } from './html-document';
import { makeClip, makeQuote } from './records.test-data';
import { styledToText } from './styled';

const article = readFileSync(new URL('../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');

describe('entity dossier', () => {
  it("gathers a speaker's quotes, each with its speaker, source note and other tags", () => {
    const demo = demoNotebook(article);
    const dossier = buildDossier({ entity: demo.putin, ...demo, now: Date.UTC(2026, 10, 27, 23, 30), sourceOptions: { timeZoneOffsetMinutes: 60 } });
    expect(dossier.saidBy.map((q) => q.id)).toEqual(['01JDEMO0Q1', '01JDEMO0Q2', '01JDEMO0Q3']);
    expect(dossier.about).toEqual([]);
    expect(dossier.saidBy[1]).toMatchObject({ speaker: 'Vladimir Putin', tags: ['INF Treaty', 'United States'], comment: '' });
    expect(styledToText(dossier.saidBy[1]!.note)).toBe(
      '“Putin Says He\'s Ready to Start Talks with US on Arms Control,” The Hill, July 4, 2019, https://thehill.com/.',
    );
    expect(dossier.sources.map(styledToText)).toHaveLength(1);
    expect(dossier.madeOn).toEqual([2026, 11, 28]);
  });

  it('puts quotes tagged with the entity under "about", oldest source first, trashed ones left out', () => {
    const demo = demoNotebook(article);
    const older = makeClip({ id: 'older', title: 'Treaty signed', publishedAt: '1987-12-08T18:00:00+03:00', text: 'The treaty was signed today.' });
    const extra = makeQuote('q-old', older, 'The treaty was signed today.', { entityIds: [demo.inf.id] });
    const trashed = makeQuote('q-trashed', demo.clip, 'Russia has the political will', { entityIds: [demo.inf.id], deletedAt: 5 });
    const dossier = buildDossier({ entity: demo.inf, ...demo, clips: [...demo.clips, older], quotes: [...demo.quotes, extra, trashed], now: 0 });
    expect(dossier.saidBy).toEqual([]);
    expect(dossier.about.map((q) => q.id)).toEqual(['q-old', '01JDEMO0Q1', '01JDEMO0Q2']);
    expect(dossier.about[1]!.tags).toEqual([]);
    expect(dossier.timeline.map((e) => `${e.date.join('-')} ${e.kind}`)).toEqual([
      '1987-12-8 treaty',
      '1987-12-8 published',
      '1988-6-1 treaty',
      '2019-2-2 treaty',
      '2019-7-4 published',
      '2019-8-2 treaty',
    ]);
  });

  it('renders a self-contained page that can load nothing, with everything escaped', () => {
    const demo = demoNotebook(article);
    const entity = { ...demo.putin, name: '<script>alert(1)</script>', description: 'A & B "quoted"' };
    const html = renderDossierHtml(buildDossier({ entity, ...demo, now: 0 }));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`);
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('A &#38; B &#34;quoted&#34;');
    expect(html).toContain('@page { size: A4;');
  });
});
