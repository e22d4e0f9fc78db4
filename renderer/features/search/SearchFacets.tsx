import type { Facets } from '../../../shared/search/types';

type Props = { facets: Facets; onFilter: (filter: string) => void };

const quoted = (name: string) => (/\s/.test(name) ? `"${name}"` : name);

/** Who speaks and which treaties come up in the results, and when: each narrows the query. */
export function SearchFacets({ facets, onFilter }: Props) {
  return (
    <aside className="search-facets" aria-label="Refine">
      {facets.speakers.length > 0 ? (
        <section>
          <h2>Speakers</h2>
          <ul>
            {facets.speakers.slice(0, 8).map((speaker) => (
              <li key={speaker.id}>
                <button type="button" onClick={() => onFilter(`speaker:${quoted(speaker.name)}`)}>
                  {speaker.name} <span className="count">{speaker.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {facets.treaties.length > 0 ? (
        <section>
          <h2>Treaties</h2>
          <ul>
            {facets.treaties.slice(0, 8).map((treaty) => (
              <li key={treaty.id}>
                <button type="button" onClick={() => onFilter(`treaty:${quoted(treaty.name)}`)}>
                  {treaty.name} <span className="count">{treaty.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {facets.years.length > 0 ? (
        <section>
          <h2>Years</h2>
          <ul>
            {facets.years.slice(0, 10).map(({ year, count }) => (
              <li key={year}>
                <button type="button" onClick={() => onFilter(`after:${year - 1} before:${year + 1}`)}>
                  {year} <span className="count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
