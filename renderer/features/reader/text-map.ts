/**
 * Maps the reader's rendered text nodes to offsets in the clip's plain text.
 *
 * The rendered DOM and `clip.text` hold the same words but not the same
 * whitespace (block breaks, source indentation, no-break spaces), so the two
 * are aligned character by character: equal characters map, whitespace on
 * either side may be skipped, and a stretch present on one side only (a
 * caption the text left out) is skipped after a short look-ahead resync.
 */

export type TextMap = {
  nodes: Text[];
  /** Start of each node in the rendered string. */
  nodeStarts: number[];
  /** For each rendered character: its offset in the plain text, or -1 when it has none. */
  toText: Int32Array;
  text: string;
};

const SPACE = /[\s\u00a0\u200b\ufeff]/;
const RESYNC_PROBE = 12;
const RESYNC_WINDOW = 400;

/**
 * The text nodes that hold the clip's text. Captions (<figcaption>) show under their
 * picture but are not in the plain text: left out, they cannot pull quotes off their words.
 */
export function textNodesOf(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('figcaption') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Compares two characters as the plain text may have rewritten them (quotes, dashes, no-break space). */
function same(a: string, b: string): boolean {
  return a === b || fold(a) === fold(b);
}

function fold(c: string): string {
  if (c === '\u2018' || c === '\u2019' || c === '\u02bc') return "'";
  if (c === '\u201c' || c === '\u201d' || c === '\u00ab' || c === '\u00bb') return '"';
  return c;
}

export function buildTextMap(root: Node, text: string): TextMap {
  const nodes = textNodesOf(root);
  const nodeStarts: number[] = [];
  let rendered = '';
  for (const node of nodes) {
    nodeStarts.push(rendered.length);
    rendered += node.data;
  }
  return { nodes, nodeStarts, toText: align(rendered, text), text };
}

/** The alignment: for each character of `rendered`, its offset in `text` or -1. */
export function align(rendered: string, text: string): Int32Array {
  const toText = new Int32Array(rendered.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < rendered.length && j < text.length) {
    if (same(rendered[i]!, text[j]!)) {
      toText[i++] = j++;
    } else if (SPACE.test(rendered[i]!)) {
      i++;
    } else if (SPACE.test(text[j]!)) {
      j++;
    } else {
      const resync = findResync(rendered, i, text, j);
      if (resync === null) i++;
      else j = resync;
    }
  }
  return toText;
}

/** Where the next few non-space rendered characters occur in `text` soon after `j`, or null. */
function findResync(rendered: string, i: number, text: string, j: number): number | null {
  const probe = rendered.slice(i, i + RESYNC_PROBE * 2).replace(/\s+/g, ' ').slice(0, RESYNC_PROBE);
  if (probe.trim().length < 4) return null;
  const found = text.indexOf(probe, j + 1);
  return found !== -1 && found - j <= RESYNC_WINDOW ? found : null;
}

/** Index of the rendered character at a DOM boundary (a text offset, or the first text after an element boundary). */
export function renderedIndexAt(map: TextMap, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const index = map.nodes.indexOf(container as Text);
    if (index !== -1) return map.nodeStarts[index]! + offset;
  }
  const range = container.ownerDocument!.createRange();
  range.setStart(container, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (range.comparePoint(map.nodes[mid]!, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  const total = map.toText.length;
  return lo < map.nodes.length ? map.nodeStarts[lo]! : total;
}

/** The plain-text offsets a DOM range covers, trimmed of whitespace; null when it covers no text. */
export function rangeToTextOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  const from = renderedIndexAt(map, range.startContainer, range.startOffset);
  const to = renderedIndexAt(map, range.endContainer, range.endOffset);
  let start = -1;
  let end = -1;
  for (let i = from; i < to; i++) {
    const t = map.toText[i]!;
    if (t === -1) continue;
    if (start === -1) start = t;
    end = t + 1;
  }
  if (start === -1) return null;
  while (start < end && SPACE.test(map.text[start]!)) start++;
  while (end > start && SPACE.test(map.text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** One piece of a text node: rendered characters [from, to) of `node`. */
export type NodeSlice = { node: Text; from: number; to: number };

/** The pieces of text nodes whose characters map into plain-text [start, end). */
export function slicesForTextRange(map: TextMap, start: number, end: number): NodeSlice[] {
  const slices: NodeSlice[] = [];
  map.nodes.forEach((node, n) => {
    const base = map.nodeStarts[n]!;
    let from = -1;
    let last = -1;
    for (let k = 0; k < node.data.length; k++) {
      const t = map.toText[base + k]!;
      if (t === -1) continue;
      if (t >= start && t < end) {
        if (from === -1) from = k;
        last = k;
      } else if (from !== -1 && t >= end) break;
    }
    if (from !== -1) slices.push({ node, from, to: last + 1 });
  });
  return slices;
}

/** The plain-text offset of a DOM point: that of the first mapped character at or after it. */
export function textOffsetAt(map: TextMap, container: Node, offset: number): number | null {
  const at = renderedIndexAt(map, container, offset);
  for (let i = at; i < map.toText.length; i++) if (map.toText[i] !== -1) return map.toText[i]!;
  for (let i = at - 1; i >= 0; i--) if (map.toText[i] !== -1) return map.toText[i]! + 1;
  return null;
}

/** The DOM point before the rendered character at plain-text offset `t` (or the end of the text). */
export function pointAtTextOffset(map: TextMap, t: number): { node: Text; offset: number } | null {
  let at = map.toText.findIndex((value) => value >= t);
  if (at === -1) {
    const last = map.nodes.at(-1);
    return last ? { node: last, offset: last.data.length } : null;
  }
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.nodeStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  at -= map.nodeStarts[lo]!;
  return { node: map.nodes[lo]!, offset: at };
}
