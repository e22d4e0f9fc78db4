import { useState } from 'react';
import { useLibraryDb, useLive } from '../library/library-db';
import { getDemoState, removeDemo } from './demo';

/** Says the library holds the demo, and removes it in one click. */
export function DemoBanner() {
  const db = useLibraryDb();
  const state = useLive((d) => getDemoState(d), [], ['settings']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (state.status !== 'ready' || state.value?.status !== 'installed') return null;
  const remove = () => {
    setBusy(true);
    removeDemo(db).then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };
  return (
    <section className="demo-banner" aria-label="Demo">
      <p>
        This is a demo notebook: one clipped article with Putin’s quotes tagged, and a note citing them. Open it, mark your own quotes, then
        remove it when you are ready.
      </p>
      <button type="button" onClick={remove} disabled={busy}>
        Remove demo
      </button>
      {error ? <p role="alert">The demo could not be removed: {error}</p> : null}
    </section>
  );
}
