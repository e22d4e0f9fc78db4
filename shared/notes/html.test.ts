import { describe, expect, it } from 'vitest';
import { noteToHtml } from './html';
import { sampleNote, sampleQuotes } from './sample-note.test-data';

describe('noteToHtml', () => {
  it('renders blocks, emphasis, links and cited quotes', () => {
    const html = noteToHtml(sampleNote, { title: 'Notes <draft>', resolveQuote: (id) => sampleQuotes[id] ?? null });
    const lines = html.split('\n');
    expect(lines[0]).toBe('<h1>Notes &#60;draft&#62;</h1>');
    expect(lines[1]).toBe('<h2>Why New START matters</h2>');
    expect(lines[2]).toBe('<p>Russia suspended New START in 2023; this is <strong>not</strong> a withdrawal, <em>formally</em>.</p>');
    expect(lines[3]).toBe(
      '<blockquote><p>Russia is suspending its membership in the New START treaty.</p><footer>— Vladimir Putin, Putin suspends New START, Example News, 2023-02-21, https://news.example/putin_new_start</footer></blockquote>',
    );
    expect(lines[4]).toBe('<ul><li>inspections stopped</li><li>data exchanges stopped</li></ul>');
    expect(lines[5]).toBe('<p>See <a href="https://www.state.gov/new-start/">the State Department</a>.</p>');
  });

  it('writes a script link as its text, markup in it escaped', () => {
    const state = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>', format: 0 }] }] }] },
    };
    expect(noteToHtml(state, { resolveQuote: () => null })).toBe('<p>&#60;img src=x onerror=alert(1)&#62;</p>');
  });
});
