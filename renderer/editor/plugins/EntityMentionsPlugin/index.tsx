import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { $createTextNode } from 'lexical';
import type { JSX, ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';
import type { EntityOption } from '../../context';
import { useNoteLibrary } from '../../context';
import { $createEntityMentionNode } from '../../nodes/EntityMentionNode';
import { typeaheadRenderer } from '../../ui/TypeaheadList';
import { useSearch } from '../../ui/useSearch';

const MAX_RESULTS = 8;
/** "@" then up to four words: treaty names have spaces ("New START", "Open Skies Treaty"). */
const MENTION_TRIGGER = /(^|[\s(])(@((?:[^\s@]+ ?){0,4}))$/;

export const mentionTrigger: TriggerFn = (text) => {
  const match = MENTION_TRIGGER.exec(text);
  if (!match) return null;
  const lead = match[1] ?? '';
  return { leadOffset: match.index + lead.length, matchingString: match[3] ?? '', replaceableString: match[2] ?? '' };
};

const KIND_LABELS: Record<EntityOption['kind'], string> = {
  person: 'person',
  organization: 'organization',
  state: 'state',
  treaty: 'treaty',
  other: 'other',
};

class EntityMenuOption extends MenuOption {
  readonly label: ReactNode;
  constructor(readonly entity: EntityOption, query: string) {
    super(entity.id);
    const alias = matchedAlias(entity, query);
    this.label = (
      <>
        <span className="note-typeahead-title">{entity.name}</span>
        <span className="note-typeahead-meta">
          {KIND_LABELS[entity.kind]}
          {alias ? ` · ${alias}` : ''}
        </span>
      </>
    );
  }
}

function matchedAlias(entity: EntityOption, query: string): string | null {
  const wanted = query.trim().toLowerCase();
  if (!wanted || entity.name.toLowerCase().includes(wanted)) return null;
  return entity.aliases.find((alias) => alias.toLowerCase().includes(wanted)) ?? null;
}

/** Typing @ opens a typeahead over actors and treaties; choosing one inserts a mention linked to it. */
export function EntityMentionsPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const library = useNoteLibrary();
  const [query, setQuery] = useState<string | null>(null);
  const search = useCallback((text: string) => library.searchEntities(text.trim(), MAX_RESULTS), [library]);
  const entities = useSearch(query, search);
  const options = useMemo(() => entities.map((entity) => new EntityMenuOption(entity, query ?? '')), [entities, query]);

  const onSelectOption = useCallback(
    (option: EntityMenuOption, nodeToReplace: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const mention = $createEntityMentionNode(option.entity.id, option.entity.name);
        if (nodeToReplace) nodeToReplace.replace(mention);
        const space = $createTextNode(' ');
        mention.insertAfter(space);
        space.select(1, 1);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<EntityMenuOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={mentionTrigger}
      options={options}
      menuRenderFn={typeaheadRenderer('Mention an actor or treaty', 'No actor or treaty by that name')}
    />
  );
}
