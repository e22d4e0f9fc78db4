import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { $getNodeByKey } from 'lexical';
import type { JSX } from 'react';
import { formatSource } from '../../../shared/notes/citation';
import { useNoteLibrary, useQuoteView } from '../context';

type Props = { quoteId: string; nodeKey: NodeKey };

/** What a QuoteNode shows: the quote as it is now, or why it cannot be shown. */
export function QuoteBlock({ quoteId, nodeKey }: Props): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const library = useNoteLibrary();
  const view = useQuoteView(quoteId);

  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());
  const removeButton = (
    <button type="button" className="note-quote-remove" aria-label="Remove quote from note" onClick={remove}>
      ×
    </button>
  );

  if (view.status === 'loading') {
    return <figure className="note-quote note-quote-pending" data-quote-id={quoteId}>Loading quote…</figure>;
  }
  if (view.status === 'error' || view.value === null) {
    const why = view.status === 'error' ? `Could not load this quote: ${view.message}` : 'This quote no longer exists.';
    return (
      <figure className="note-quote note-quote-missing" data-quote-id={quoteId} role="note">
        {why}
        {removeButton}
      </figure>
    );
  }

  const quote = view.value;
  const open = () => library.openQuote(quote.id);
  return (
    <figure className={quote.trashed ? 'note-quote note-quote-trashed' : 'note-quote'} data-quote-id={quoteId}>
      {quote.trashed && <p className="note-quote-status">This quote is in the trash. Restore it to cite it.</p>}
      <blockquote
        role="link"
        tabIndex={0}
        title="Open the clip at this quote"
        onClick={open}
        onKeyDown={(event) => event.key === 'Enter' && open()}
      >
        {quote.text}
      </blockquote>
      <figcaption>— {formatSource(quote)}</figcaption>
      {removeButton}
    </figure>
  );
}
