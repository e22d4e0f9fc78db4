import type { MenuOption, MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

type Labelled = MenuOption & { label: ReactNode };

/**
 * The floating list both typeaheads (/quote, @mention) show under the caret.
 * `empty` is shown when nothing matches, so the user knows the menu heard them.
 */
export function typeaheadRenderer<T extends Labelled>(ariaLabel: string, empty: string): MenuRenderFn<T> {
  return (anchorElementRef, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options }) => {
    const anchor = anchorElementRef.current;
    if (!anchor) return null;
    return createPortal(
      <ul className="note-typeahead" role="listbox" aria-label={ariaLabel}>
        {options.length === 0 && <li className="note-typeahead-empty">{empty}</li>}
        {options.map((option, index) => (
          <li
            key={option.key}
            ref={(element) => option.setRefElement(element)}
            role="option"
            aria-selected={selectedIndex === index}
            className={selectedIndex === index ? 'note-typeahead-item selected' : 'note-typeahead-item'}
            onMouseEnter={() => setHighlightedIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setHighlightedIndex(index);
              selectOptionAndCleanUp(option);
            }}
          >
            {option.label}
          </li>
        ))}
      </ul>,
      anchor,
    );
  };
}
