import type { CitedQuote } from './citation';
import { safeUrl } from '../export/safe-link';
import { formatSource } from './citation';
import type { JsonNode } from './lexical-json';
import { childrenOf, MENTION_NODE_TYPE, noteRoot, QUOTE_NODE_TYPE, stringField } from './lexical-json';

export type HtmlOptions = { title?: string; resolveQuote: (quoteId: string) => CitedQuote | null };

const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;
const CODE = 16;

/**
 * A note as self-contained HTML for the clipboard ("copy as rich text"): the
 * same structure as the Markdown export, each embedded quote a <blockquote>
 * with its citation. Everything from the note is escaped.
 */
export function noteToHtml(state: unknown, options: HtmlOptions): string {
  const parts: string[] = [];
  const title = options.title?.trim();
  if (title) parts.push(`<h1>${escapeHtml(title)}</h1>`);
  const root = noteRoot(state);
  if (root) for (const node of childrenOf(root)) parts.push(renderBlock(node, options));
  return parts.filter((part) => part !== '').join('\n');
}

function renderBlock(node: JsonNode, options: HtmlOptions): string {
  switch (node.type) {
    case 'heading': {
      const tag = /^h[1-6]$/.test(stringField(node, 'tag')) ? stringField(node, 'tag') : 'h1';
      return `<${tag}>${renderInline(node)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${renderInline(node)}</blockquote>`;
    case 'list':
      return renderList(node);
    case 'code':
      return `<pre><code>${renderInline(node)}</code></pre>`;
    case 'horizontalrule':
      return '<hr>';
    case QUOTE_NODE_TYPE:
      return renderQuote(stringField(node, 'quoteId'), options);
    default: {
      const inline = renderInline(node);
      return inline === '' ? '' : `<p>${inline}</p>`;
    }
  }
}

function renderQuote(quoteId: string, options: HtmlOptions): string {
  const quote = options.resolveQuote(quoteId);
  if (!quote) return '<blockquote><em>(quote not found)</em></blockquote>';
  const source = escapeHtml(formatSource(quote));
  return `<blockquote><p>${escapeHtml(quote.text.trim())}</p><footer>— ${source}</footer></blockquote>`;
}

function renderList(list: JsonNode): string {
  const tag = stringField(list, 'listType') === 'number' ? 'ol' : 'ul';
  const items = childrenOf(list).map((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    return nested.length ? nested.map(renderList).join('') : `<li>${renderInline(item)}</li>`;
  });
  return `<${tag}>${items.join('')}</${tag}>`;
}

function renderInline(node: JsonNode): string {
  return childrenOf(node).map(renderInlineNode).join('');
}

function renderInlineNode(node: JsonNode): string {
  switch (node.type) {
    case 'linebreak':
      return '<br>';
    case MENTION_NODE_TYPE:
      return escapeHtml(stringField(node, 'text'));
    case 'link':
    case 'autolink': {
      const url = safeUrl(stringField(node, 'url'));
      return url ? `<a href="${escapeHtml(url)}">${renderInline(node)}</a>` : renderInline(node);
    }
    default:
      return typeof node.text === 'string' ? renderText(node.text, Number(node.format) || 0) : renderInline(node);
  }
}

function renderText(text: string, format: number): string {
  let out = escapeHtml(text);
  if (format & CODE) out = `<code>${out}</code>`;
  if (format & ITALIC) out = `<em>${out}</em>`;
  if (format & BOLD) out = `<strong>${out}</strong>`;
  if (format & UNDERLINE) out = `<u>${out}</u>`;
  if (format & STRIKETHROUGH) out = `<s>${out}</s>`;
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
