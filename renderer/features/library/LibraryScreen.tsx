import { EmptyState } from '../../app/EmptyState';

export function LibraryScreen() {
  return (
    <>
      <header className="place-header">
        <h1>Library</h1>
      </header>
      <EmptyState title="Your library is empty">
        <p>Clip an article and it lands here, cleaned of the site’s clutter and readable offline.</p>
        <ul>
          <li>Paste a link or an article’s text</li>
          <li>Drop .html, .txt or .md files on the window</li>
        </ul>
      </EmptyState>
    </>
  );
}
