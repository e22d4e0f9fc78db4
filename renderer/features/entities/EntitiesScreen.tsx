import { EmptyState } from '../../app/EmptyState';

export function EntitiesScreen() {
  return (
    <>
      <header className="place-header">
        <h1>Entities</h1>
      </header>
      <EmptyState title="No actors or treaties yet">
        <p>
          People, organizations, states and treaties you tag in quotes gather here, each with every quote, clip and
          note about it.
        </p>
      </EmptyState>
    </>
  );
}
