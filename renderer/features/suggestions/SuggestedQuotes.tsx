import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Entity } from '../../../shared/model';
import type { QuoteSuggestion } from '../../../shared/suggest';
import type { FocusOrigin, SuggestionFocus } from './reader-suggestions';
import { suggestionId } from './reader-suggestions';

type Props = {
  suggestions: readonly QuoteSuggestion[];
  entityById: ReadonlyMap<string, Entity>;
  busy: boolean;
  focus: SuggestionFocus | null;
  onFocus: (id: string, origin: FocusOrigin) => void;
  onShowInText: (id: string, block?: ScrollLogicalPosition) => void;
  onAccept: (s: QuoteSuggestion) => Promise<boolean>;
  onEdit: (s: QuoteSuggestion) => void;
  onReject: (s: QuoteSuggestion) => Promise<boolean>;
  onAcceptAll: () => void;
  announce: (message: string) => void;
};

/**
 * Scrolls the panel, and only the panel, to show a card: scrollIntoView or a
 * plain focus() would also scroll the page, moving the article under the mouse.
 */
function reveal(card: HTMLElement | null, focus = false): void {
  if (!card) return;
  if (focus) card.focus({ preventScroll: true });
  let box = card.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box) return;
  const [c, b] = [card.getBoundingClientRect(), box.getBoundingClientRect()];
  if (c.top < b.top) box.scrollTop += c.top - b.top - 8;
  else if (c.bottom > b.bottom) box.scrollTop += Math.min(c.bottom - b.bottom + 8, c.top - b.top - 8);
}

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Quotes the finder saw, not yet in the library: one click to keep, edit or
 * dismiss. The list is one tab stop: arrows move between cards, A accepts and
 * R rejects the focused one, and each move is announced.
 */
export function SuggestedQuotes(props: Props) {
  const { suggestions, entityById, busy, focus, onFocus, onShowInText, onAccept, onEdit, onReject, onAcceptAll, announce } = props;
  const list = useRef<HTMLOListElement>(null);
  const allDone = useRef<HTMLParagraphElement>(null);
  // After A or R the decided card leaves the list: the focus goes to the card that takes its place.
  const refocus = useRef<{ id: string; index: number; said: string } | null>(null);
  const speakerOf = (s: QuoteSuggestion) => (s.speakerEntityId ? entityById.get(s.speakerEntityId)?.name : s.speaker?.name);
  const describe = (s: QuoteSuggestion, index: number) =>
    `Suggestion ${index + 1} of ${suggestions.length}, ${speakerOf(s) ?? 'speaker unknown'}: ${short(s.text)}`;
  const cardAt = (index: number) => list.current?.querySelectorAll<HTMLElement>(':scope > li')[index] ?? null;
  const focusedIndex = suggestions.findIndex((s) => suggestionId(s) === focus?.id);

  const moveTo = (index: number) => {
    const s = suggestions[index];
    if (!s) return;
    onFocus(suggestionId(s), 'panel');
    onShowInText(suggestionId(s), 'nearest');
    reveal(cardAt(index), true);
    announce(describe(s, index));
  };

  useEffect(() => {
    const wanted = refocus.current;
    // The list also re-renders for other reasons while the decision is being saved.
    if (!wanted || suggestions.some((s) => suggestionId(s) === wanted.id)) return;
    refocus.current = null;
    const index = Math.min(wanted.index, suggestions.length - 1);
    if (index < 0) {
      allDone.current?.focus({ preventScroll: true });
      return announce(`${wanted.said} No suggested quotes left.`);
    }
    const s = suggestions[index]!;
    onFocus(suggestionId(s), 'panel');
    reveal(cardAt(index), true);
    announce(`${wanted.said} ${describe(s, index)}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the decided card has left the list
  }, [suggestions]);

  // An underline hovered or clicked in the article brings its card into view, marked as the focused one.
  // The keyboard focus stays in the article: a click there may be the start of a selection.
  useEffect(() => {
    if (!focus || focus.origin === 'panel' || focusedIndex === -1) return;
    reveal(cardAt(focusedIndex));
  }, [focus, focusedIndex]);

  const decide = async (index: number, action: (s: QuoteSuggestion) => Promise<boolean>, said: string) => {
    const s = suggestions[index];
    if (!s || busy) return;
    // Set before the write: the list may re-render without the card before the write's promise settles.
    refocus.current = { id: suggestionId(s), index, said };
    if (!(await action(s))) refocus.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const fromCard = (event.target as HTMLElement).closest('li.suggested-quote');
    const index = fromCard ? [...list.current!.children].indexOf(fromCard) : Math.max(focusedIndex, 0);
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const actions: Record<string, () => void> = {
      ArrowDown: () => moveTo(Math.min(index + 1, suggestions.length - 1)),
      ArrowUp: () => moveTo(Math.max(index - 1, 0)),
      Home: () => moveTo(0),
      End: () => moveTo(suggestions.length - 1),
      a: () => void decide(index, onAccept, 'Accepted.'),
      r: () => void decide(index, onReject, 'Rejected.'),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  if (suggestions.length === 0) {
    return (
      <p className="muted suggestions-empty" tabIndex={-1} ref={allDone}>
        Every suggested quote has been accepted or rejected.
      </p>
    );
  }
  return (
    <>
      <div className="suggestion-bar">
        <span>
          {suggestions.length} suggested {suggestions.length === 1 ? 'quote' : 'quotes'}
        </span>
        <button type="button" disabled={busy} onClick={onAcceptAll}>
          Accept all
        </button>
      </div>
      <p className="muted suggestion-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>A</kbd> accept · <kbd>R</kbd> reject
      </p>
      <ol className="suggested-quotes" ref={list} onKeyDown={onKeyDown} aria-label="Suggested quotes">
        {suggestions.map((s, index) => {
          const id = suggestionId(s);
          const speaker = speakerOf(s);
          const focused = id === focus?.id;
          return (
            <li
              key={id}
              className={focused ? 'suggested-quote focused' : 'suggested-quote'}
              data-suggestion-id={id}
              tabIndex={focused || (focusedIndex === -1 && index === 0) ? 0 : -1}
              aria-label={`Suggested quote: ${s.text.slice(0, 60)}`}
              onFocus={(event) => event.target === event.currentTarget && onFocus(id, 'panel')}
              onMouseEnter={() => onFocus(id, 'panel')}
            >
              <blockquote>{s.text}</blockquote>
              <p className="suggested-meta">
                <span className="suggested-speaker">{speaker ? `${speaker}${s.speakerEntityId ? '' : ' (new)'}` : 'Speaker unknown'}</span>
                <span className="confidence" title="How sure the finder is">
                  {percent(s.confidence)}
                </span>
              </p>
              <div className="suggestion-actions">
                <button type="button" disabled={busy} onClick={() => void decide(index, onAccept, 'Accepted.')}>
                  Accept
                </button>
                <button type="button" disabled={busy} onClick={() => onEdit(s)}>
                  Edit
                </button>
                <button type="button" disabled={busy} onClick={() => void decide(index, onReject, 'Rejected.')}>
                  Reject
                </button>
                <button type="button" className="link-button" onClick={() => onShowInText(id)}>
                  Show in text
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
