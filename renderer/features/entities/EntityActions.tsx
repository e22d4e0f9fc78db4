import { useState } from 'react';
import type { Entity } from '../../../shared/model';
import { mergeEntities, unmergeEntities } from '../../db/entity-merge';
import { restoreEntity, trashEntity, updateEntity } from '../../db/entities';
import { useLibraryDb } from '../library/library-db';
import { entityHref } from '../library/route';
import { EntityPicker } from '../quotes/EntityPicker';
import type { UndoToast } from '../../ui/Toast';

type Mode = { kind: 'idle' } | { kind: 'rename' } | { kind: 'merge'; target: Entity | null };

/** Rename, merge into another entry, delete: each undoable (merge and delete through the toast). */
export function EntityActions({ entity, entities, onUndoable }: { entity: Entity; entities: readonly Entity[]; onUndoable: (toast: UndoToast) => void }) {
  const db = useLibraryDb();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const fail = (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure));

  const merge = async (target: Entity) => {
    try {
      const undo = await mergeEntities(db, target.id, entity.id);
      onUndoable({
        message: `Merged “${entity.name}” into “${target.name}”.`,
        undo: async () => {
          await unmergeEntities(db, undo);
          window.location.hash = entityHref(entity.id);
        },
      });
      window.location.hash = entityHref(target.id);
    } catch (failure) {
      fail(failure);
    }
  };
  const remove = async () => {
    try {
      await trashEntity(db, entity.id);
      onUndoable({
        message: `“${entity.name}” moved to the trash; its quotes keep their text.`,
        undo: async () => {
          await restoreEntity(db, entity.id);
          window.location.hash = entityHref(entity.id);
        },
      });
      window.location.hash = '#/entities';
    } catch (failure) {
      fail(failure);
    }
  };

  return (
    <div className="entity-actions">
      {mode.kind === 'idle' ? (
        <>
          <button type="button" onClick={() => setMode({ kind: 'rename' })}>Rename</button>
          <button type="button" onClick={() => setMode({ kind: 'merge', target: null })}>Merge into…</button>
          <button type="button" className="danger" onClick={() => void remove()}>Delete</button>
        </>
      ) : null}
      {mode.kind === 'rename' ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
            if (name === '') return setError('A name cannot be empty.');
            updateEntity(db, entity.id, { name }).then(() => setMode({ kind: 'idle' }), fail);
          }}
        >
          <input type="text" name="name" aria-label="New name" defaultValue={entity.name} autoFocus />
          <button type="submit" className="primary">Save</button>
          <button type="button" onClick={() => setMode({ kind: 'idle' })}>Cancel</button>
        </form>
      ) : null}
      {mode.kind === 'merge' && !mode.target ? (
        <div className="inline-form merge-pick">
          <EntityPicker
            label="Merge into"
            entities={entities}
            exclude={[entity.id]}
            onPick={(id) => setMode({ kind: 'merge', target: entities.find((e) => e.id === id) ?? null })}
            onCreate={() => Promise.reject(new Error('Pick an existing entry to merge into.'))}
          />
          <button type="button" onClick={() => setMode({ kind: 'idle' })}>Cancel</button>
        </div>
      ) : null}
      {mode.kind === 'merge' && mode.target ? (
        <div className="inline-form merge-confirm" role="group" aria-label="Confirm the merge">
          <p>
            Merge “{entity.name}” into “{mode.target.name}”? Its names become aliases, and its quotes, mentions and notes move over.
          </p>
          <button type="button" className="primary" onClick={() => void merge(mode.target!)}>Merge</button>
          <button type="button" onClick={() => setMode({ kind: 'idle' })}>Cancel</button>
        </div>
      ) : null}
      {error ? <p role="alert" className="error-text">{error}</p> : null}
    </div>
  );
}
