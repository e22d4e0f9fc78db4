import { $createParagraphNode, $getNearestNodeFromDOMNode, $getRoot } from 'lexical';
import { $createQuoteNode } from '../../nodes/QuoteNode';

/** The drag data type the reader's quote list sets, carrying the quote's id. */
export const QUOTE_DRAG_TYPE = 'application/x-quire-quote';

/** Puts the quote after the block under the pointer, or at the end of the note. */
export function $insertQuoteAtDrop(quoteId: string, event: DragEvent): void {
  const quote = $createQuoteNode(quoteId);
  const target = event.target instanceof Node ? $getNearestNodeFromDOMNode(event.target) : null;
  const block = target && target !== $getRoot() ? target.getTopLevelElement() : null;
  if (block) block.insertAfter(quote);
  else $getRoot().append(quote);
  // Leave somewhere to keep typing below the quote.
  if (!quote.getNextSibling()) quote.insertAfter($createParagraphNode());
  quote.selectNext();
}
