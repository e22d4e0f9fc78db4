import { useState } from 'react';
import type { Entity, EntityKind } from '../../../shared/model';
import { EmptyState } from '../../app/EmptyState';
import { createEntity, listEntities } from '../../db/entities';
import { useLibraryDb, useLive } from '../library/library-db';
import { entityHref } from '../library/route';
import { ENTITY_KINDS } from '../quotes/EntityPicker';
import { findSameName, nameScore } from '../quotes/entity-search';
import type { NameMatch } from '../quotes/entity-search';
import { DuplicateNotice } from './DuplicateNotice';

const GROUP_LABEL: Record<EntityKind, string> = { person: 'People', organization: 'Organizations', state: 'States', treaty: 'Treaties', other: 'Other' };

/** The catalog of actors and treaties: grouped by kind, filtered by kind and by name or alias. */
export function EntityCatalog() {
  const db = useLibraryDb();
  const entities = useLive((d) => listEntities(d), [], ['entities']);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntityKind | 'all'>('all');
  const [newKind, setNewKind] = useState<EntityKind>('person');
  const [error, setError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<NameMatch<Entity>[]>([]);
  if (entities.status !== 'ready') return entities.status === 'error' ? <p role="alert">{entities.message}</p> : <p className="loading">Loading…</p>;
  const shown = entities.value.filter((e) => (kind === 'all' || e.kind === kind) && (query.trim() === '' || nameScore(e, query) > 0));
  const create = (evenIfTaken = false) => {
    const name = query.trim();
    if (name === '') return setError('Type the new entry’s name in the search box first.');
    setError(null);
    const taken = evenIfTaken ? [] : findSameName(entities.value, name);
    setDuplicates(taken);
    if (taken.length > 0) return;
    createEntity(db, { name, kind: newKind }).then((e) => (window.location.hash = entityHref(e.id)), (f: unknown) => setError(String(f)));
  };

  return (
    <>
      <header className="place-header">
        <h1>Entities</h1>
      </header>
      <div className="catalog-tools">
        <input
          type="search"
          aria-label="Search entities"
          placeholder="Search by name or alias"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setDuplicates([]);
          }}
        />
        <div className="segmented" role="radiogroup" aria-label="Kind">
          {[{ value: 'all' as const, label: 'All' }, ...ENTITY_KINDS].map((k) => (
            <button key={k.value} type="button" role="radio" aria-checked={kind === k.value} className={kind === k.value ? 'on' : ''} onClick={() => setKind(k.value)}>
              {k.label}
            </button>
          ))}
        </div>
        <span className="new-entry">
          <select aria-label="Kind of the new entry" value={newKind} onChange={(e) => setNewKind(e.target.value as EntityKind)}>
            {ENTITY_KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
          </select>
          <button type="button" onClick={() => create()}>Add “{query.trim() || '…'}”</button>
        </span>
      </div>
      {error ? <p role="alert" className="error-text">{error}</p> : null}
      {duplicates.length > 0 ? <DuplicateNotice matches={duplicates} onAddAnyway={() => create(true)} onCancel={() => setDuplicates([])} /> : null}
      {entities.value.length === 0 ? (
        <EmptyState title="No actors or treaties yet">
          <p>People, organizations, states and treaties you tag in quotes gather here, each with every quote, clip and note about it.</p>
        </EmptyState>
      ) : null}
      {entities.value.length > 0 && shown.length === 0 ? <p className="muted">Nothing matches “{query}”.</p> : null}
      {ENTITY_KINDS.map(({ value }) => {
        const group = shown.filter((e) => e.kind === value);
        if (group.length === 0) return null;
        return (
          <section key={value} className="catalog-group" aria-label={GROUP_LABEL[value]}>
            <h2>{GROUP_LABEL[value]} <span className="count">{group.length}</span></h2>
            <ul className="catalog-list">
              {group.map((e) => (
                <li key={e.id}>
                  <a href={entityHref(e.id)}>{e.name}</a>
                  {e.aliases.length > 0 ? <span className="muted small"> {e.aliases.slice(0, 3).join(' · ')}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
