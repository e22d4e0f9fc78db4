import { useState } from 'react';
import type { Entity, EntityKind } from '../../../shared/model';
import { updateEntity } from '../../db/entities';
import type { EntityPatch } from '../../db/entities';
import { useLibraryDb } from '../library/library-db';
import { ENTITY_KINDS } from '../quotes/EntityPicker';

/** Kind, aliases and description, edited in place (each saves on its own). */
export function EntityDetails({ entity }: { entity: Entity }) {
  const db = useLibraryDb();
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = (patch: EntityPatch) =>
    updateEntity(db, entity.id, patch).then(
      () => setError(null),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  const addAlias = () => {
    if (alias.trim() === '') return;
    void save({ aliases: [...entity.aliases, alias.trim()] });
    setAlias('');
  };

  return (
    <section className="entity-details" aria-label="Details">
      <label className="inline-field">
        <span className="field-label">Kind</span>
        <select value={entity.kind} onChange={(e) => void save({ kind: e.target.value as EntityKind })}>
          {ENTITY_KINDS.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </label>
      <div className="inline-field">
        <span className="field-label">Aliases</span>
        <ul className="chips alias-list" aria-label="Aliases">
          {entity.aliases.map((name) => (
            <li className="chip" key={name}>
              {name}
              <button type="button" aria-label={`Remove alias ${name}`} onClick={() => void save({ aliases: entity.aliases.filter((a) => a !== name) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          type="text"
          aria-label="Add an alias"
          placeholder="Add an alias"
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && addAlias()}
        />
      </div>
      <label className="inline-field block">
        <span className="field-label">Description</span>
        <textarea
          key={entity.updatedAt}
          rows={4}
          defaultValue={entity.description}
          onBlur={(e) => e.target.value !== entity.description && void save({ description: e.target.value })}
        />
      </label>
      {error ? <p role="alert" className="error-text">{error}</p> : null}
    </section>
  );
}
