import { useId, useState } from 'react';
import type { Entity, EntityKind } from '../../../shared/model';
import { findSameName, searchEntities } from './entity-search';
import './quotes.css';

export const ENTITY_KINDS: { value: EntityKind; label: string }[] = [
  { value: 'person', label: 'Person' },
  { value: 'organization', label: 'Organization' },
  { value: 'state', label: 'State' },
  { value: 'treaty', label: 'Treaty' },
  { value: 'other', label: 'Other' },
];

type EntityPickerProps = {
  label: string;
  entities: readonly Entity[];
  exclude?: readonly string[];
  onPick: (entityId: string) => void;
  /** Makes a new entry; the picker asks only its kind. */
  onCreate: (name: string, kind: EntityKind) => Promise<string>;
  defaultKind?: EntityKind;
};

/** A typeahead over the catalog by name and alias, with "create" when nothing fits. */
export function EntityPicker({ label, entities, exclude = [], onPick, onCreate, defaultKind = 'person' }: EntityPickerProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<EntityKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hits = searchEntities(entities, query, exclude);
  // An entry of the same name is offered as a hit; an alias match still allows a new entry (a namesake).
  const canCreate = query.trim() !== '' && !findSameName(hits, query).some((match) => match.matched === match.entity.name);
  const count = hits.length + (canCreate ? 1 : 0);

  const reset = () => {
    setQuery('');
    setActive(0);
    setCreating(null);
    setError(null);
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (hit) {
      onPick(hit.id);
      reset();
    } else if (canCreate) {
      setCreating(defaultKind);
    }
  };
  const create = async (kind: EntityKind) => {
    try {
      onPick(await onCreate(query.trim(), kind));
      reset();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div className="entity-picker">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        placeholder={label}
        aria-expanded={query.trim() !== '' && creating === null}
        aria-controls={listId}
        aria-activedescendant={count > 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setCreating(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(count - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') choose(active);
          else if (e.key === 'Escape') reset();
          else return;
          e.preventDefault();
        }}
      />
      {query.trim() !== '' && creating === null ? (
        <ul className="picker-options" role="listbox" id={listId} aria-label={`${label}: matches`}>
          {hits.map((entity, index) => (
            <li
              key={entity.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(index)}
            >
              {entity.name} <span className="muted">{entity.kind}</span>
            </li>
          ))}
          {canCreate ? (
            <li id={`${listId}-${hits.length}`} role="option" aria-selected={active === hits.length} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(hits.length)}>
              Create “{query.trim()}”…
            </li>
          ) : null}
        </ul>
      ) : null}
      {creating !== null ? (
        <div className="picker-create" role="group" aria-label={`New entry “${query.trim()}”`}>
          <span>“{query.trim()}” is a</span>
          {ENTITY_KINDS.map((kind) => (
            <button key={kind.value} type="button" onClick={() => void create(kind.value)}>
              {kind.label}
            </button>
          ))}
          <button type="button" className="link" onClick={() => setCreating(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? <p role="alert" className="error-text">{error}</p> : null}
    </div>
  );
}
