import { EmptyState } from '../../app/EmptyState';

export function SearchScreen() {
  return (
    <>
      <header className="place-header">
        <h1>Search</h1>
      </header>
      <EmptyState title="Nothing to search yet">
        <p>Once you clip articles, search finds any word in them at once, offline.</p>
        <p className="hint">
          Try <code>Putin New START</code> or <code>actor:Putin treaty:INF</code>.
        </p>
      </EmptyState>
    </>
  );
}
