import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoNotebook } from './demo-notebook.test-data';
import { clipToMarkdown, notebookToMarkdown } from './markdown';
import { makeClip } from './records.test-data';

const article = readFileSync(new URL('../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');
const expectedPath = new URL('./testdata/demo-notebook.expected.md', import.meta.url);

describe('Markdown export', () => {
  it('exports the demo notebook exactly as the expected file', () => {
    const demo = demoNotebook(article);
    for (const quote of demo.quotes) expect(article).toContain(quote.text);
    const markdown = notebookToMarkdown(demo, { title: 'Arms control notebook' });
    if (process.env.QUIRE_UPDATE_EXPECTED === '1') writeFileSync(expectedPath, markdown);
    expect(markdown).toBe(readFileSync(expectedPath, 'utf8'));
  });

  it('numbers footnotes apart when a notebook has several notes', () => {
    const demo = demoNotebook(article);
    const second = { ...demo.notes[0]!, id: 'n2', createdAt: demo.notes[0]!.createdAt + 5, title: 'Second' };
    const markdown = notebookToMarkdown({ ...demo, notes: [demo.notes[0]!, second] });
    expect(markdown).toContain('[^1.1]: Vladimir Putin');
    expect(markdown).toContain('[^2.1]: Vladimir Putin');
    expect(markdown).not.toMatch(/\[\^1\]/);
  });

  it('leaves trashed quotes and clips out', () => {
    const demo = demoNotebook(article);
    const quotes = demo.quotes.map((q, i) => (i === 0 ? { ...q, deletedAt: 1 } : q));
    const markdown = notebookToMarkdown({ ...demo, quotes, notes: [] });
    expect(markdown).not.toContain('recently been signs');
    expect(notebookToMarkdown({ ...demo, clips: [{ ...demo.clip, deletedAt: 1 }], notes: [] })).not.toContain('## Sources');
  });

  it('exports one clip with its text, escaped, and how to cite it', () => {
    const clip = makeClip({ byline: 'Jane Doe', text: '# Not a heading\n\nA *claim* with [brackets] <b>and tags</b>.' });
    const markdown = clipToMarkdown(clip, { clips: [clip], quotes: [], entities: [], notes: [] });
    expect(markdown).toBe(
      [
        "# Putin says he's ready to start talks with US on arms control",
        '',
        'Jane Doe · *The Hill* · July 4, 2019 · <https://thehill.com/>',
        '',
        '\\# Not a heading',
        '',
        'A \\*claim\\* with \\[brackets\\] \\<b\\>and tags\\</b\\>.',
        '',
        '## Cite as',
        '',
        "Chicago: Doe, Jane. “Putin Says He's Ready to Start Talks with US on Arms Control.” *The Hill*, July 4, 2019. https://thehill.com/.",
        '',
        "APA: Doe, J. (2019, July 4). Putin says he's ready to start talks with US on arms control. *The Hill*. https://thehill.com/",
        '',
      ].join('\n'),
    );
  });
});
