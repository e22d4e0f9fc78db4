import type { CitedQuote } from './citation';
import { markdownUrl } from '../export/safe-link';
import { formatSource } from './citation';
import type { JsonNode } from './lexical-json';
import { childrenOf, MENTION_NODE_TYPE, noteRoot, QUOTE_NODE_TYPE, stringField } from './lexical-json';

export type MarkdownOptions = {
  /** Written as the top heading when not empty. */
  title?: string;
  /** The quote as it is now, or null when it no longer exists. */
  resolveQuote: (quoteId: string) => CitedQuote | null;
};

const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const CODE = 16;

/** Footnote numbers, one per distinct quote, in order of first appearance. */
class Footnotes {
  private readonly numbers = new Map<string, number>();
  private readonly lines: string[] = [];

  cite(quoteId: string, quote: CitedQuote): string {
    let number = this.numbers.get(quoteId);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(quoteId, number);
      const source = escapeMarkdown(formatSource({ ...quote, url: '' }));
      const target = markdownUrl(quote.url);
      const url = target ? `<${target}>` : '';
      this.lines.push(`[^${number}]: ${[source, url].filter(Boolean).join(', ')}`);
    }
    return `[^${number}]`;
  }

  render(): string {
    return this.lines.join('\n');
  }
}

/**
 * A note as Markdown: headings, lists, emphasis, links and block quotes; every
 * embedded quote becomes a block quote with a footnote citing speaker, title,
 * site, date and URL; mentions become their plain names.
 */
export function noteToMarkdown(state: unknown, options: MarkdownOptions): string {
  const footnotes = new Footnotes();
  const blocks: string[] = [];
  const title = options.title?.trim();
  if (title) blocks.push(`# ${escapeMarkdown(title)}`);
  const root = noteRoot(state);
  if (root) {
    for (const node of childrenOf(root)) {
      const block = renderBlock(node, options, footnotes).trimEnd();
      if (block.trim() !== '') blocks.push(block);
    }
  }
  const notes = footnotes.render();
  if (notes) blocks.push(notes);
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

function renderBlock(node: JsonNode, options: MarkdownOptions, footnotes: Footnotes): string {
  switch (node.type) {
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(stringField(node, 'tag'))?.[1] ?? 1);
      return `${'#'.repeat(level)} ${renderInline(node)}`;
    }
    case 'quote':
      return prefixLines(renderInline(node), '> ');
    case 'list':
      return renderList(node, 0);
    case 'code':
      return `\`\`\`${stringField(node, 'language')}\n${plainText(node)}\n\`\`\``;
    case 'horizontalrule':
      return '---';
    case QUOTE_NODE_TYPE:
      return renderQuote(stringField(node, 'quoteId'), options, footnotes);
    default:
      return renderInline(node);
  }
}

function renderQuote(quoteId: string, options: MarkdownOptions, footnotes: Footnotes): string {
  const quote = options.resolveQuote(quoteId);
  if (!quote) return '> *(quote not found)*';
  const who = (quote.speakerName ?? '').trim() || quote.siteName.trim();
  const attribution = who ? `— ${escapeMarkdown(who)} ` : '';
  return `${prefixLines(escapeMarkdown(quote.text.trim()), '> ')}\n>\n> ${attribution}${footnotes.cite(quoteId, quote)}`;
}

function renderList(list: JsonNode, depth: number): string {
  const type = stringField(list, 'listType');
  const start = typeof list.start === 'number' ? list.start : 1;
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  let index = 0;
  for (const item of childrenOf(list)) {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    if (nested.length) {
      for (const sublist of nested) lines.push(renderList(sublist, depth + 1));
      continue;
    }
    const marker =
      type === 'number' ? `${start + index}.` : type === 'check' ? (item.checked === true ? '- [x]' : '- [ ]') : '-';
    lines.push(`${indent}${marker} ${renderInline(item)}`);
    index += 1;
  }
  return lines.join('\n');
}

function renderInline(node: JsonNode): string {
  return childrenOf(node).map(renderInlineNode).join('');
}

function renderInlineNode(node: JsonNode): string {
  switch (node.type) {
    case 'linebreak':
      return '  \n';
    case 'tab':
      return '\t';
    case MENTION_NODE_TYPE:
      return escapeMarkdown(stringField(node, 'text'));
    case 'link':
    case 'autolink': {
      // A link the export may not write keeps its text (see safe-link.ts).
      const target = markdownUrl(stringField(node, 'url'));
      return target ? `[${renderInline(node)}](${target})` : renderInline(node);
    }
    default:
      return typeof node.text === 'string' ? renderText(node.text, Number(node.format) || 0) : renderInline(node);
  }
}

/** Emphasis markers hug the words: "** bold **" is not bold in Markdown. */
function renderText(text: string, format: number): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (core === '') return text;
  let out = format & CODE ? `\`${core}\`` : escapeMarkdown(core);
  if (!(format & CODE)) {
    if (format & ITALIC) out = `*${out}*`;
    if (format & BOLD) out = `**${out}**`;
    if (format & STRIKETHROUGH) out = `~~${out}~~`;
  }
  return `${lead}${out}${trail}`;
}

function plainText(node: JsonNode): string {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(plainText).join('');
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : `${prefix}${line}`))
    .join('\n');
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^(\s*)([#+-]|\d+\.)(?=\s)/gm, '$1\\$2');
}
