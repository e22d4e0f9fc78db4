/** Plain text of article DOM, with a blank line between blocks, as quotes and search see it. */
import { tidyWhitespace } from '../../shared/clip/text';

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isBlock(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

export function domToText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 11) return;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    // A picture's caption shows under it in the reader, but is no part of the story's text.
    if (tag === 'FIGCAPTION') return;
    if (tag === 'PRE') {
      parts.push('\n\n', node.textContent ?? '', '\n\n');
      return;
    }
    const block = isBlock(node);
    if (block) parts.push('\n\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n\n');
    else if (tag === 'TD' || tag === 'TH') parts.push(' ');
  };
  walk(root);
  return tidyWhitespace(parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n'));
}
