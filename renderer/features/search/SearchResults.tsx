import type { SearchHit } from '../../../shared/search/types';
import { Highlighted } from './Highlighted';

const TYPE_LABEL = { clip: 'Clip', quote: 'Quote', note: 'Note' } as const;

type Props = { results: readonly SearchHit[]; onOpen: (hit: SearchHit) => void };

export function SearchResults({ results, onOpen }: Props) {
  return (
    <ol className="search-results" aria-label="Results">
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
