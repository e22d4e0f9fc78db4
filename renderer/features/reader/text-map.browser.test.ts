import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchor/anchor';
import { applyHighlights, clearHighlights } from './highlight';
import { buildTextMap, rangeToTextOffsets } from './text-map';

function render(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function selectText(root: HTMLElement, from: string, to: string): Range {
  // Every rendered text node, captions included (the text map leaves those out).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const find = (needle: string, end: boolean) => {
    for (const node of nodes) {
      const at = node.data.indexOf(needle);
      if (at !== -1) return { node, offset: end ? at + needle.length : at };
    }
    throw new Error(`"${needle}" is not rendered`);
  };
  const a = find(from, false);
  const b = find(to, true);
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.getRangeAt(0);
}

const text = 'Putin said Thursday he did not believe it.\n\n“I think that the achievement of concrete agreements would help. Now it’s up to the U.S.,” Putin said.';
const html = `
  <p>Putin said <em>Thursday</em> he did not
     believe   it.</p>
  <figure><img alt="A photo"><figcaption>Photo: agency</figcaption></figure>
  <p>“I think that the <a href="https://x.example/">achievement</a> of concrete agreements would help. Now it&rsquo;s up to the U.S.,” Putin said.</p>`;

describe('mapping a DOM selection to offsets in the clip text', () => {
  it('maps a selection spanning inline elements and source line breaks', () => {
    const root = render(html);
    const map = buildTextMap(root, text);
    const offsets = rangeToTextOffsets(map, selectText(root, 'Thursday', 'believe   it.'));
    expect(offsets).not.toBeNull();
    expect(text.slice(offsets!.start, offsets!.end)).toBe('Thursday he did not believe it.');
  });

  it('maps a selection across paragraphs, skipping a caption the plain text left out', () => {
    const root = render(html);
    const map = buildTextMap(root, text);
    const offsets = rangeToTextOffsets(map, selectText(root, 'believe', 'I think'));
    expect(text.slice(offsets!.start, offsets!.end)).toBe('believe it.\n\n“I think');
  });

  it('maps a selection whose ends sit on element boundaries', () => {
    const root = render(html);
    const map = buildTextMap(root, text);
    const range = document.createRange();
    const second = root.querySelectorAll('p')[1]!;
    range.setStart(second, 0);
    range.setEnd(second, second.childNodes.length);
    const offsets = rangeToTextOffsets(map, range)!;
    expect(text.slice(offsets.start, offsets.end)).toBe(text.slice(text.indexOf('“I think')));
  });

  it('returns null for a selection of only the caption', () => {
    const root = render(html);
    const map = buildTextMap(root, text);
    expect(rangeToTextOffsets(map, selectText(root, 'Photo', 'agency'))).toBeNull();
  });
});

describe('highlighting quotes in the rendered article', () => {
  it('wraps a quote across inline elements so its marks read as the quote', () => {
    const root = render(html);
    const start = text.indexOf('I think');
    const end = text.indexOf(' Now');
    applyHighlights(root, text, [{ id: 'q1', start, end, colour: 'yellow' }]);
    const marks = [...root.querySelectorAll('mark[data-quote-ids~="q1"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe(text.slice(start, end));
    expect(root.querySelector('a mark')?.textContent).toBe('achievement');
  });

  it('shows overlapping quotes both, with the shared stretch marked for both', () => {
    const root = render(html);
    const a = { id: 'a', start: text.indexOf('I think'), end: text.indexOf(' would'), colour: 'yellow' as const };
    const b = { id: 'b', start: text.indexOf('concrete'), end: text.indexOf(' Now'), colour: 'blue' as const };
    applyHighlights(root, text, [a, b]);
    const joined = (id: string) => [...root.querySelectorAll(`mark[data-quote-ids~="${id}"]`)].map((m) => m.textContent).join('');
    expect(joined('a')).toBe(text.slice(a.start, a.end));
    expect(joined('b')).toBe(text.slice(b.start, b.end));
    const overlap = [...root.querySelectorAll('mark.overlap')].map((m) => m.textContent).join('');
    expect(overlap).toBe('concrete agreements');
  });

  it('keeps the reader’s selection where it was when the marks are redrawn under it', () => {
    const root = render(html);
    const selection = window.getSelection()!;
    const range = selectText(root, 'concrete', 'help.');
    selection.setBaseAndExtent(range.endContainer, range.endOffset, range.startContainer, range.startOffset);
    const start = text.indexOf('achievement');
    applyHighlights(root, text, [{ kind: 'suggestion', id: 's', start, end: text.indexOf(' Now') }]);
    expect(selection.toString()).toBe('concrete agreements would help.');
    expect((selection as Selection & { direction: string }).direction).toBe('backward');
    expect(root.querySelector('mark.suggestion')!.textContent).toBe('achievement');
    applyHighlights(root, text, []);
    expect(selection.toString()).toBe('concrete agreements would help.');
    // A caret (the first click of a click, Shift+click selection) stays before the same letter.
    const caret = selectText(root, 'I think', 'I think');
    selection.collapse(caret.startContainer, caret.startOffset);
    applyHighlights(root, text, [{ kind: 'suggestion', id: 's', start: text.indexOf('I think'), end: text.indexOf(' Now') }]);
    expect(selection.isCollapsed).toBe(true);
    expect((selection.anchorNode as Text).data.slice(selection.anchorOffset)).toMatch(/^I think/);
  });

  it('keeps selection mapping right after highlighting, and clearing restores the text nodes', () => {
    const root = render(html);
    const before = root.innerHTML;
    const start = text.indexOf('did not');
    applyHighlights(root, text, [{ id: 'q', start, end: start + 'did not'.length, colour: 'green' }]);
    const map = buildTextMap(root, text);
    const offsets = rangeToTextOffsets(map, selectText(root, ' he ', 'did not'))!;
    const selector = describeQuote(text, offsets.start, offsets.end);
    expect(selector.quote.exact).toBe('he did not');
    clearHighlights(root);
    expect(root.innerHTML).toBe(before);
  });
});
