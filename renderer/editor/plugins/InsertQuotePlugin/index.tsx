import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import type { LexicalCommand, TextNode } from 'lexical';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, createCommand, DRAGOVER_COMMAND, DROP_COMMAND } from 'lexical';
import type { JSX, ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatSource } from '../../../../shared/notes/citation';
import type { QuoteView } from '../../context';
import { useNoteLibrary } from '../../context';
import { $createQuoteNode } from '../../nodes/QuoteNode';
import { typeaheadRenderer } from '../../ui/TypeaheadList';
import { useSearch } from '../../ui/useSearch';
import { $insertQuoteAtDrop, QUOTE_DRAG_TYPE } from './drop';

export { QUOTE_DRAG_TYPE };

/** Embeds the saved quote with this id as a block at the selection. */
export const INSERT_QUOTE_COMMAND: LexicalCommand<string> = createCommand('INSERT_QUOTE_COMMAND');

const MAX_RESULTS = 8;
const QUOTE_TRIGGER = /(^|\s)(\/quote(?:\s([^\n]{0,80}))?)$/;

export const quoteTrigger: TriggerFn = (text) => {
  const match = QUOTE_TRIGGER.exec(text);
  if (!match) return null;
  const lead = match[1] ?? '';
  return { leadOffset: match.index + lead.length, matchingString: match[3] ?? '', replaceableString: match[2] ?? '' };
};

class QuoteMenuOption extends MenuOption {
  readonly label: ReactNode;
  constructor(readonly quote: QuoteView) {
    super(quote.id);
    this.label = (
      <>
        <span className="note-typeahead-title">“{quote.text.length > 140 ? `${quote.text.slice(0, 140)}…` : quote.text}”</span>
        <span className="note-typeahead-meta">{formatSource({ ...quote, url: '' })}</span>
      </>
    );
  }
}

/**
 * Embeds saved quotes: type `/quote` and words from the quote, speaker or source
 * to pick one, dispatch INSERT_QUOTE_COMMAND, or drop a quote dragged from the
 * reader (its id travels as QUOTE_DRAG_TYPE data).
 */
export function InsertQuotePlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const library = useNoteLibrary();
  const [query, setQuery] = useState<string | null>(null);
  const search = useCallback((text: string) => library.searchQuotes(text.trim(), MAX_RESULTS), [library]);
  const quotes = useSearch(query, search);
  const options = useMemo(() => quotes.filter((quote) => !quote.trashed).map((quote) => new QuoteMenuOption(quote)), [quotes]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_QUOTE_COMMAND,
          (quoteId) => {
            $insertNodeToNearestRoot($createQuoteNode(quoteId));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer?.types.includes(QUOTE_DRAG_TYPE)) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const quoteId = event.dataTransfer?.getData(QUOTE_DRAG_TYPE).trim();
            if (!quoteId) return false;
            event.preventDefault();
            $insertQuoteAtDrop(quoteId, event);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );

  const onSelectOption = useCallback(
    (option: QuoteMenuOption, nodeToRemove: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        nodeToRemove?.remove();
        editor.dispatchCommand(INSERT_QUOTE_COMMAND, option.quote.id);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<QuoteMenuOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={quoteTrigger}
      options={options}
      menuRenderFn={typeaheadRenderer('Insert a saved quote', 'No saved quote matches')}
    />
  );
}
