import type { KeyboardEvent, Ref } from 'react';
import type { SearchHit } from '../../../shared/search/types';
import { Highlighted } from './Highlighted';

const TYPE_LABEL = { clip: 'Clip', quote: 'Quote', note: 'Note' } as const;

type Props = {
  results: readonly SearchHit[];
  onOpen: (hit: SearchHit) => void;
  /** Up from the first result, or Escape: back to the query. */
  onLeave: () => void;
  ref?: Ref<HTMLOListElement>;
};

/** The results' buttons, for moving the focus through them with the arrow keys. */
export function hitButtons(list: HTMLElement | null): HTMLButtonElement[] {
  return [...(list?.querySelectorAll<HTMLButtonElement>('button.search-hit') ?? [])];
}

export function SearchResults({ results, onOpen, onLeave, ref }: Props) {
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const hits = hitButtons(event.currentTarget);
    const at = hits.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape' || (move === -1 && at === 0)) {
      event.preventDefault();
      onLeave();
    } else if (move !== undefined) {
      event.preventDefault();
      hits[Math.min(at + move, hits.length - 1)]!.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      hits[event.key === 'Home' ? 0 : hits.length - 1]!.focus();
    }
  }
  return (
    <ol ref={ref} className="search-results" aria-label="Results" onKeyDown={onKeyDown}>
      {results.map((hit) => (
        <li key={`${hit.type}:${hit.id}`}>
          <button type="button" className="search-hit" onClick={() => onOpen(hit)}>
            <span className={`hit-type hit-${hit.type}`}>{TYPE_LABEL[hit.type]}</span>
            <span className="hit-title">
              <Highlighted text={hit.title} highlights={hit.titleHighlights} />
            </span>
            {hit.snippet.text ? (
              <span className="hit-snippet">
                <Highlighted text={hit.snippet.text} highlights={hit.snippet.highlights} />
              </span>
            ) : null}
            <span className="hit-meta">{[hit.site, hit.date?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
