import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchHit } from '../../../shared/search/types';
import { EmptyState } from '../../app/EmptyState';
import { ExportActions } from '../../export/ExportActions';
import { getQuote } from '../../db/quotes';
import { clipHref } from '../library/route';
import { useLibraryDb } from '../library/library-db';
import { noteHref } from '../notes/NotesScreen';
import { useSearchStatus } from './search-service';
import { readSearchRoute, searchHash } from './search-route';
import type { SearchRoute } from './search-route';
import { SearchFacets } from './SearchFacets';
import { hitButtons, SearchResults } from './SearchResults';
import { useSearchQuery } from './useSearchQuery';
import './search.css';

/**
 * Results per page; "Show more" adds another. Each result costs a document read
 * and a snippet on every keystroke, and a screen shows about five: at 50k
 * documents a page of 50 took p95 11-15 ms a query where 20 took 9-10.
 */
const PAGE = 20;

const TABS = [
  { type: 'all', label: 'All' },
  { type: 'clip', label: 'Clips' },
  { type: 'quote', label: 'Quotes' },
  { type: 'note', label: 'Notes' },
] as const;

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function SearchScreen() {
  const db = useLibraryDb();
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const route = readSearchRoute(hash);
  const [input, setInput] = useState(route.q);
  const status = useSearchStatus();
  const field = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // "Show more" asks for another page of the same query; a new query or tab starts again at one page.
  const [more, setMore] = useState<{ key: string; limit: number } | null>(null);
  const key = `${route.type}|${input}`;
  const limit = more?.key === key ? more.limit : PAGE;
  const { response, error, busy, answered } = useSearchQuery(input, route.type, `${status?.docs ?? 0}:${status?.stamp ?? ''}:${status?.writes ?? 0}`, limit);
  // "Show more" was pressed and its page is not in yet (typing a new query is not loading more).
  const loadingMore = busy && more?.key === key && (response?.results.length ?? 0) < limit;
  // After "Show more", the focus goes to the first new result (the button may be gone: the last page came in).
  const focusNew = useRef<{ key: string; index: number } | null>(null);
  useEffect(() => {
    const pending = focusNew.current;
    if (!pending || busy) return;
    const hits = hitButtons(list.current);
    if (pending.key !== key) focusNew.current = null;
    else if (hits.length > pending.index) {
      focusNew.current = null;
      hits[pending.index]!.focus();
    }
  }, [response, busy, key]);

  useEffect(() => field.current?.focus(), []);
  // A query can also arrive from outside: "Search for selection", or Back/Forward.
  useEffect(() => {
    setInput((current) => (current === route.q ? current : route.q));
  }, [route.q]);

  function update(next: Partial<SearchRoute>) {
    const merged = { q: input, type: route.type, ...next };
    if (next.q !== undefined) setInput(next.q);
    window.history.replaceState(null, '', searchHash(merged));
  }

  async function open(hit: SearchHit) {
    if (hit.type === 'clip') window.location.hash = clipHref(hit.id);
    else if (hit.type === 'note') window.location.hash = noteHref(hit.id);
    else {
      const quote = await getQuote(db, hit.id);
      if (quote) window.location.hash = clipHref(quote.clipId, quote.id);
    }
  }

  const counts = response?.facets.types;
  return (
    <div className="search-screen">
      <header className="place-header">
        <h1>Search</h1>
      </header>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <input
          ref={field}
          type="search"
          aria-label="Search everything"
          placeholder='Words, "a phrase", actor:Putin treaty:INF type:quote after:2018'
          value={input}
          onChange={(event) => update({ q: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape') update({ q: '' });
            if (event.key === 'ArrowDown' && hitButtons(list.current).length > 0) {
              event.preventDefault();
              hitButtons(list.current)[0]!.focus();
            }
          }}
        />
      </form>
      <div className="search-tabs" role="tablist" aria-label="Result type">
        {TABS.map((tab) => (
          <button
            key={tab.type}
            type="button"
            role="tab"
            aria-selected={route.type === tab.type}
            onClick={() => update({ type: tab.type })}
          >
            {tab.label}
            {counts && tab.type !== 'all' ? <span className="count">{counts[tab.type]}</span> : null}
          </button>
        ))}
      </div>
      <SearchStatusLine status={status} busy={busy} total={response?.total ?? null} exact={response?.totalIsExact ?? true} answered={answered} />
      {error ? <p role="alert">Search failed: {error}</p> : null}
      {input.trim() === '' ? (
        <EmptyState title="Find anything you have clipped, quoted or written">
          <p>Type a few letters: results come as you type, ranked, with the words highlighted.</p>
          <ul className="search-tips">
            <li>
              <code>Putin New START</code> all the words
            </li>
            <li>
              <code>"strategic stability"</code> an exact phrase, <code>-sanctions</code> without a word
            </li>
            <li>
              <code>actor:Putin treaty:INF</code> <code>speaker:</code> <code>tag:</code> <code>site:</code> <code>type:quote</code>{' '}
              <code>before:2020</code> <code>after:2018-06</code>
            </li>
            <li>
              <kbd>↓</kbd> <kbd>↑</kbd> move through the results, <kbd>Enter</kbd> opens one, <kbd>Esc</kbd> clears the query
            </li>
          </ul>
        </EmptyState>
      ) : response && response.results.length === 0 && !busy ? (
        <p className="search-none">Nothing matches “{input}”. Check the spelling, or remove a filter.</p>
      ) : response ? (
        <div className="search-body">
          <div>
            <SearchResults ref={list} results={response.results} onOpen={(hit) => void open(hit)} onLeave={() => field.current?.focus()} />
            {/* A full page may have more behind it (a phrase query's total is only an upper bound); while the next page loads, the button stays and keeps the focus. */}
            {response.results.length < response.total && (loadingMore || response.results.length >= limit) ? (
              <button
                type="button"
                className="search-more"
                aria-disabled={busy}
                onClick={() => {
                  if (busy) return;
                  focusNew.current = { key, index: response.results.length };
                  setMore({ key, limit: limit + PAGE });
                }}
              >
                {loadingMore ? 'Loading…' : `Show more results (${response.results.length.toLocaleString()} of ${response.totalIsExact ? '' : 'about '}${response.total.toLocaleString()})`}
              </button>
            ) : null}
            <div className="search-export">
              <ExportActions
                selection={{ kind: 'search', query: input, hits: response.results.map((hit) => ({ type: hit.type, id: hit.id })) }}
                formats={['markdown', 'html', 'json', 'csl-json', 'bibtex']}
              />
              <span className="muted">
                Exports the {response.results.length} result{response.results.length === 1 ? '' : 's'} shown
                {response.results.length < response.total ? ' (“Show more” to add more)' : ''}.
              </span>
            </div>
          </div>
          <SearchFacets facets={response.facets} onFilter={(filter) => update({ q: `${input.trim()} ${filter}` })} />
        </div>
      ) : null}
    </div>
  );
}

type StatusProps = { status: ReturnType<typeof useSearchStatus>; busy: boolean; total: number | null; exact: boolean; answered: string | null };

function SearchStatusLine({ status, busy, total, exact, answered }: StatusProps) {
  if (status?.state === 'rebuilding' && status.progress) {
    return (
      <p className="search-status" role="status">
        <progress max={status.progress.total} value={status.progress.done} /> Indexing your library: {status.progress.done} of {status.progress.total}
      </p>
    );
  }
  if (status?.state === 'error') return <p role="alert">The search index failed: {status.error}. Rebuild it from Settings.</p>;
  if (status?.state === 'opening') return <p className="search-status muted">Opening the search index…</p>;
  if (total === null) return null;
  return (
    <p className="search-status muted" role="status" data-answered={busy ? undefined : (answered ?? undefined)}>
      {busy ? 'Searching…' : `${exact ? '' : 'about '}${total.toLocaleString()} result${total === 1 ? '' : 's'}`}
    </p>
  );
}

