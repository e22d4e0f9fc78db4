import { useCallback, useState } from 'react';
import { useSubRoute } from '../library/route';
import { EntityCatalog } from './EntityCatalog';
import { EntityPage } from './EntityPage';
import { Toast } from '../../ui/Toast';
import type { UndoToast } from '../../ui/Toast';
import './entities.css';

/** Entities: the catalog, or (at `#/entities/<id>`) one entry's page. The undo toast outlives the move between them. */
export function EntitiesScreen() {
  const { id } = useSubRoute();
  const [toast, setToast] = useState<UndoToast | null>(null);
  const done = useCallback(() => setToast(null), []);
  return (
    <>
      {id ? <EntityPage key={id} entityId={id} onUndoable={setToast} /> : <EntityCatalog />}
      {toast ? <Toast toast={toast} onDone={done} /> : null}
    </>
  );
}
