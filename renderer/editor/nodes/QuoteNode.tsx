import type { DOMExportOutput, LexicalNode, NodeKey, SerializedLexicalNode, Spread } from 'lexical';
import { $applyNodeReplacement, DecoratorNode } from 'lexical';
import type { JSX } from 'react';
import { formatSource } from '../../../shared/notes/citation';
import { shownQuoteViews } from '../context';
import { QuoteBlock } from './QuoteBlock';

export type SerializedQuoteNode = Spread<{ quoteId: string }, SerializedLexicalNode>;

/**
 * A saved quote embedded as a block. It stores only the quote's id, so the note
 * always shows the quote as it is now (edited text, a new speaker, the trash).
 */
export class QuoteNode extends DecoratorNode<JSX.Element> {
  __quoteId: string;

  static override getType(): string {
    return 'quire-quote';
  }

  static override clone(node: QuoteNode): QuoteNode {
    return new QuoteNode(node.__quoteId, node.__key);
  }

  static override importJSON(json: SerializedQuoteNode): QuoteNode {
    return $createQuoteNode(String(json.quoteId ?? ''));
  }

  constructor(quoteId = '', key?: NodeKey) {
    super(key);
    this.__quoteId = quoteId;
  }

  override exportJSON(): SerializedQuoteNode {
    return { type: QuoteNode.getType(), version: 1, quoteId: this.getQuoteId() };
  }

  getQuoteId(): string {
    return this.getLatest().__quoteId;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'note-quote-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  /** HTML for copying out of the editor: the quote and its source, as last shown. */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('blockquote');
    element.setAttribute('data-quote-id', this.__quoteId);
    const view = shownQuoteViews.get(this.__quoteId);
    if (view) {
      const text = document.createElement('p');
      text.textContent = view.text;
      const source = document.createElement('footer');
      source.textContent = `— ${formatSource(view)}`;
      element.append(text, source);
    }
    return { element };
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n\n';
  }

  override decorate(): JSX.Element {
    return <QuoteBlock quoteId={this.__quoteId} nodeKey={this.__key} />;
  }
}

export function $createQuoteNode(quoteId: string): QuoteNode {
  return $applyNodeReplacement(new QuoteNode(quoteId));
}

export function $isQuoteNode(node: LexicalNode | null | undefined): node is QuoteNode {
  return node instanceof QuoteNode;
}
