import type { QuoteColour } from '../../../shared/model';
import { buildTextMap, slicesForTextRange } from './text-map';
import type { TextMap } from './text-map';

export type Highlight = { id: string; start: number; end: number; colour: QuoteColour };

const MARK_CLASS = 'quire-hl';

/** Removes every highlight mark, leaving the text nodes as they were rendered. */
export function clearHighlights(root: HTMLElement): void {
  const marks = [...root.querySelectorAll(`mark.${MARK_CLASS}`)];
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  if (marks.length > 0) root.normalize();
}

type Piece = { from: number; to: number; ids: string[]; colour: QuoteColour };

/**
 * Wraps the text of each highlight in <mark>s. Overlapping quotes are cut at
 * every boundary, so a stretch in two quotes is one mark naming both
 * (`data-quote-ids`) and styled as an overlap. Returns the map of the new DOM.
 */
export function applyHighlights(root: HTMLElement, text: string, highlights: Highlight[]): TextMap {
  clearHighlights(root);
  const before = buildTextMap(root, text);
  const boundaries = [...new Set(highlights.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
  const pieces = new Map<Text, Piece[]>();
  for (let k = 0; k + 1 < boundaries.length; k++) {
    const [start, end] = [boundaries[k]!, boundaries[k + 1]!];
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    if (covering.length === 0) continue;
    const ids = covering.map((h) => h.id);
    const colour = covering[covering.length - 1]!.colour;
    for (const slice of slicesForTextRange(before, start, end)) {
      const list = pieces.get(slice.node) ?? [];
      list.push({ from: slice.from, to: slice.to, ids, colour });
      pieces.set(slice.node, list);
    }
  }
  for (const [node, list] of pieces) wrapPieces(node, list);
  return buildTextMap(root, text);
}

function wrapPieces(node: Text, pieces: Piece[]): void {
  const doc = node.ownerDocument;
  const fragment = doc.createDocumentFragment();
  let at = 0;
  for (const piece of pieces.sort((a, b) => a.from - b.from)) {
    if (piece.from > at) fragment.append(node.data.slice(at, piece.from));
    const mark = doc.createElement('mark');
    mark.className = piece.ids.length > 1 ? `${MARK_CLASS} overlap` : MARK_CLASS;
    mark.dataset.quoteIds = piece.ids.join(' ');
    mark.dataset.colour = piece.colour;
    mark.textContent = node.data.slice(piece.from, piece.to);
    fragment.append(mark);
    at = piece.to;
  }
  if (at < node.data.length) fragment.append(node.data.slice(at));
  node.replaceWith(fragment);
}

/** The first mark of a quote, to scroll to it. */
export function firstMarkOf(root: HTMLElement, quoteId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark.${MARK_CLASS}[data-quote-ids~="${CSS.escape(quoteId)}"]`);
}
