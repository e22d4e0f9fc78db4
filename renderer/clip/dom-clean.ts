/**
 * The cleaning rules of shared/clip/clean applied to the article DOM before it
 * is sanitized: junk blocks go, glued junk is cut out of the text nodes. Runs
 * the same rules as the plain text, so the clip's html and text agree.
 */
import { CLEAN_RULES, isJunkBlock, type CleanContext, type TextRange } from '../../shared/clip/clean/index';
import { removeCaptions } from './captions';
import { isBlock } from './dom-text';

const TEXT_NODE = 3;

/** Blocks with text and no block inside: paragraphs, captions, list items, leaf divs; in document order, in one pass. */
function leafBlocks(root: Element): Element[] {
  const leaves: Element[] = [];
  const visit = (element: Element): boolean => {
    // Captions are kept whole, credit and all: no rule cuts into them.
    if (element.localName === 'figcaption') return true;
    let containsBlock = false;
    for (const child of element.children) containsBlock = visit(child) || containsBlock;
    const block = isBlock(element);
    if (block && !containsBlock && (element.textContent ?? '').trim() !== '') leaves.push(element);
    return containsBlock || block;
  };
  for (const child of root.children) visit(child);
  return leaves;
}

function textNodesOf(element: Element): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) nodes.push(node as Text);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(element);
  return nodes;
}

/** Deletes text ranges of an element's textContent, across however many text nodes they span. */
export function deleteTextRanges(element: Element, ranges: readonly TextRange[]): void {
  let offset = 0;
  for (const node of textNodesOf(element)) {
    const value = node.nodeValue ?? '';
    const nodeStart = offset;
    offset += value.length;
    let kept = '';
    let at = 0;
    for (const { start, end } of ranges) {
      const from = Math.max(start - nodeStart, 0);
      const to = Math.min(end - nodeStart, value.length);
      if (to <= 0 || from >= value.length || to <= from) continue;
      kept += value.slice(at, Math.max(from, at));
      at = Math.max(at, to);
    }
    kept += value.slice(at);
    if (kept !== value) node.nodeValue = kept;
  }
}

/** Removes elements left with no text and no media after their text was cut. */
function pruneEmpty(element: Element): void {
  for (const child of [...element.querySelectorAll('*')].reverse()) {
    if ((child.textContent ?? '').trim() === '' && !child.querySelector('img, picture, video, audio, svg') && !/^(?:IMG|BR|HR|PICTURE|VIDEO|AUDIO|SVG)$/i.test(child.tagName)) {
      child.remove();
    }
  }
}

function linkDensity(element: Element): number {
  const total = (element.textContent ?? '').trim().length;
  if (total === 0) return 0;
  const linked = [...element.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
  return linked / total;
}

/** A list of links right after a "Related" heading goes with it. */
function removeFollowingLinkList(block: Element): void {
  const next = block.nextElementSibling;
  if (next && /^(?:UL|OL|DIV)$/i.test(next.tagName) && linkDensity(next) > 0.8) next.remove();
}

export function cleanArticleDom(root: Element, context: CleanContext, rules = CLEAN_RULES): void {
  // Captions describe pictures, not the story: quotes and search should not land in them.
  removeCaptions(root, leafBlocks);

  for (const rule of rules) {
    if (!rule.findInlineJunk) continue;
    for (const block of leafBlocks(root)) {
      const ranges = rule.findInlineJunk(block.textContent ?? '', context);
      if (ranges.length === 0) continue;
      deleteTextRanges(block, ranges);
      pruneEmpty(block);
    }
  }

  const blocks = leafBlocks(root);
  blocks.forEach((block, index) => {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!isJunkBlock(text, context, index, index === blocks.length - 1, rules)) return;
    if (/^(?:H\d|P|DIV)$/i.test(block.tagName)) removeFollowingLinkList(block);
    block.remove();
  });
}
