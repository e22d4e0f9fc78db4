import { EmptyState } from '../../app/EmptyState';

export function NotesPlace() {
  return (
    <>
      <header className="place-header">
        <h1>Notes</h1>
      </header>
      <EmptyState title="No notes yet">
        <p>Notes are where your clipped material becomes your own story: cite quotes and mention actors and treaties.</p>
      </EmptyState>
    </>
  );
}
