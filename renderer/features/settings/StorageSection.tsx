import { useEffect, useState } from 'react';
import { type PersistenceStatus, persistenceStatus, requestPersistence } from '../../db/durability';
import { formatBytes } from './library-file';

/** Whether the browser promised to keep the library, and how much room it uses. */
export function StorageSection() {
  const [status, setStatus] = useState<PersistenceStatus | null>(persistenceStatus());

  useEffect(() => {
    let live = true;
    void requestPersistence().then((fresh) => live && setStatus(fresh));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {status === null ? (
        <p className="muted">Checking storage…</p>
      ) : (
        <dl className="facts">
          <dt>Kept safe from clean-up</dt>
          <dd data-testid="persistence">
            {!status.supported ? 'Not available here' : status.persisted ? 'Yes (persistent storage granted)' : 'No: the browser may clear it when space runs low. Keep backups.'}
          </dd>
          <dt>Used</dt>
          <dd data-testid="storage-usage">
            {status.usage === null ? 'Unknown' : `${formatBytes(status.usage)}${status.quota ? ` of ${formatBytes(status.quota)} available` : ''}`}
          </dd>
        </dl>
      )}
    </section>
  );
}
