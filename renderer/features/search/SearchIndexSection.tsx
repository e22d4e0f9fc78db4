import { useState } from 'react';
import { searchService, useSearchStatus } from './search-service';

/** Settings: the search index's state, and a full rebuild from the library (Dexie holds the truth). */
export function SearchIndexSection() {
  const status = useSearchStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const rebuilding = status?.state === 'rebuilding';

  async function rebuild() {
    setProblem(null);
    try {
      await searchService().indexer.rebuild();
    } catch (error) {
      setProblem(`The rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section className="panel" aria-labelledby="search-index-heading">
      <h2 id="search-index-heading">Search index</h2>
      <p>
        {status === null
          ? 'Starting…'
          : status.state === 'error'
            ? `The index has a problem: ${status.error}`
            : `${status.docs} clips, quotes and notes indexed${status.restoredFromDisk ? ', read back from disk at start' : ''}.`}
      </p>
      {rebuilding && status.progress ? (
        <p role="status">
          <progress max={status.progress.total} value={status.progress.done} /> Rebuilding: {status.progress.done} of {status.progress.total}
        </p>
      ) : null}
      <p className="muted">The index is kept up to date on every change and repairs itself at start. Rebuild it if search ever seems wrong.</p>
      <button type="button" onClick={() => void rebuild()} disabled={rebuilding || status === null}>
        Rebuild search index
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
