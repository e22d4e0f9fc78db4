/**
 * The drag-and-drop data type of a saved quote: the reader's quote list sets it
 * to the quote's id (`dataTransfer.setData(QUOTE_DRAG_TYPE, quote.id)`), and a
 * note embeds the quote where it is dropped.
 */
export const QUOTE_DRAG_TYPE = 'application/x-quire-quote';
