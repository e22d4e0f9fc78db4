import { $createParagraphNode, $getNearestNodeFromDOMNode, $getRoot } from 'lexical';
import { QUOTE_DRAG_TYPE } from '../../../../shared/notes/drag';
import { $createQuoteNode } from '../../nodes/QuoteNode';

export { QUOTE_DRAG_TYPE };

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
