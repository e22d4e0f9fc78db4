import type { QuoteColour } from '../../../shared/model';
import { buildTextMap, pointAtTextOffset, slicesForTextRange, textOffsetAt } from './text-map';
import type { TextMap } from './text-map';

/**
 * A stretch of the article to mark. A saved quote is painted in its colour; a
 * suggested quote (found by the suggester, not yet accepted) is only underlined,
 * so the reader sees it without mistaking it for one they kept.
 */
export type QuoteHighlight = { kind?: 'quote'; id: string; start: number; end: number; colour: QuoteColour };
export type SuggestionHighlight = { kind: 'suggestion'; id: string; start: number; end: number };
export type Highlight = QuoteHighlight | SuggestionHighlight;

const MARK_CLASS = 'quire-hl';

/** Removes every highlight mark, leaving the text nodes as they were rendered. */
export function clearHighlights(root: HTMLElement): void {
  const marks = [...root.querySelectorAll(`mark.${MARK_CLASS}`)];
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  if (marks.length > 0) root.normalize();
}

type Piece = { from: number; to: number; quoteIds: string[]; suggestionIds: string[]; colour: QuoteColour | null };

/**
 * Wraps the text of each highlight in <mark>s. Overlapping highlights are cut at
 * every boundary, so a stretch in two quotes is one mark naming both
 * (`data-quote-ids`) and styled as an overlap; a stretch that a saved quote and
 * a suggestion share is painted as the quote and names the suggestion too
 * (`data-suggestion-ids`). Returns the map of the new DOM.
 */
export function applyHighlights(root: HTMLElement, text: string, highlights: readonly Highlight[]): TextMap {
  const kept = rememberSelection(root, text);
  clearHighlights(root);
  const before = buildTextMap(root, text);
  const boundaries = [...new Set(highlights.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
  const pieces = new Map<Text, Piece[]>();
  for (let k = 0; k + 1 < boundaries.length; k++) {
    const [start, end] = [boundaries[k]!, boundaries[k + 1]!];
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    if (covering.length === 0) continue;
    const quotes = covering.filter((h): h is QuoteHighlight => h.kind !== 'suggestion');
    const piece = {
      quoteIds: quotes.map((h) => h.id),
      suggestionIds: covering.filter((h) => h.kind === 'suggestion').map((h) => h.id),
      colour: quotes.at(-1)?.colour ?? null,
    };
    for (const slice of slicesForTextRange(before, start, end)) {
      const list = pieces.get(slice.node) ?? [];
      list.push({ from: slice.from, to: slice.to, ...piece });
      pieces.set(slice.node, list);
    }
  }
  for (const [node, list] of pieces) wrapPieces(node, list);
  const after = buildTextMap(root, text);
  kept?.(after);
  return after;
}

/**
 * Redrawing replaces the text nodes a selection sits in, and the browser would
 * move it (a half-made selection would then start elsewhere, say before the
 * opening quotation mark). Its ends are remembered as text offsets and put back.
 */
function rememberSelection(root: HTMLElement, text: string): ((map: TextMap) => void) | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return null;
  const map = buildTextMap(root, text);
  const anchor = textOffsetAt(map, selection.anchorNode, selection.anchorOffset);
  const focus = textOffsetAt(map, selection.focusNode, selection.focusOffset);
  if (anchor === null || focus === null) return null;
  return (after) => {
    const [a, f] = [pointAtTextOffset(after, anchor), pointAtTextOffset(after, focus)];
    if (a && f) selection.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
  };
}

function markFor(doc: Document, piece: Piece): HTMLElement {
  const mark = doc.createElement('mark');
  mark.classList.add(MARK_CLASS);
  if (piece.quoteIds.length > 1) mark.classList.add('overlap');
  if (piece.quoteIds.length > 0) {
    mark.dataset.quoteIds = piece.quoteIds.join(' ');
    mark.dataset.colour = piece.colour!;
  } else {
    mark.classList.add('suggestion');
  }
  if (piece.suggestionIds.length > 0) mark.dataset.suggestionIds = piece.suggestionIds.join(' ');
  return mark;
}

function wrapPieces(node: Text, pieces: Piece[]): void {
  const doc = node.ownerDocument;
  const fragment = doc.createDocumentFragment();
  let at = 0;
  for (const piece of pieces.sort((a, b) => a.from - b.from)) {
    if (piece.from > at) fragment.append(node.data.slice(at, piece.from));
    const mark = markFor(doc, piece);
    mark.textContent = node.data.slice(piece.from, piece.to);
    fragment.append(mark);
    at = piece.to;
  }
  if (at < node.data.length) fragment.append(node.data.slice(at));
  node.replaceWith(fragment);
}

/** The first mark of a saved quote, to scroll to it. */
export function firstMarkOf(root: HTMLElement, quoteId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark.${MARK_CLASS}[data-quote-ids~="${CSS.escape(quoteId)}"]`);
}

/** The first mark of a suggested quote. */
export function firstSuggestionMarkOf(root: HTMLElement, suggestionId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark.${MARK_CLASS}[data-suggestion-ids~="${CSS.escape(suggestionId)}"]`);
}

/** The ids a mark stands for: the quotes it paints, and the suggestions it underlines. */
export function idsOfMark(mark: HTMLElement): { quoteIds: string[]; suggestionIds: string[] } {
  const split = (value: string | undefined) => (value ? value.split(' ') : []);
  return { quoteIds: split(mark.dataset.quoteIds), suggestionIds: split(mark.dataset.suggestionIds) };
}

/**
 * Scrolls the article's own window to a mark. Element.scrollIntoView would also
 * scroll every ancestor, the app page around the frame included, and shift the
 * whole screen.
 */
export function scrollFrameTo(mark: HTMLElement, block: ScrollLogicalPosition): void {
  const win = mark.ownerDocument.defaultView;
  if (!win) return;
  const rect = mark.getBoundingClientRect();
  const visible = rect.top >= 0 && rect.bottom <= win.innerHeight;
  if (block === 'nearest' && visible) return;
  const top = block === 'start' ? rect.top : block === 'end' ? rect.bottom - win.innerHeight : rect.top - (win.innerHeight - rect.height) / 2;
  win.scrollTo({ top: win.scrollY + (block === 'nearest' ? (rect.top < 0 ? rect.top - 16 : rect.bottom - win.innerHeight + 16) : top) });
}
