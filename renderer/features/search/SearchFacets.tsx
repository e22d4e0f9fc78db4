import type { Facets } from '../../../shared/search/types';

type Props = { facets: Facets; onFilter: (filter: string) => void };

const quoted = (name: string) => (/\s/.test(name) ? `"${name}"` : name);

type Facet = { key: string | number; label: string | number; count: number; filter: string };

/** Who speaks and which treaties come up in the results, and when: each narrows the query. */
export function SearchFacets({ facets, onFilter }: Props) {
  return (
    <aside className="search-facets" aria-label="Refine">
      <FacetSection
        title="Speakers"
        onFilter={onFilter}
        facets={facets.speakers.slice(0, 8).map((s) => ({ key: s.id, label: s.name, count: s.count, filter: `speaker:${quoted(s.name)}` }))}
      />
      <FacetSection
        title="Treaties"
        onFilter={onFilter}
        facets={facets.treaties.slice(0, 8).map((t) => ({ key: t.id, label: t.name, count: t.count, filter: `treaty:${quoted(t.name)}` }))}
      />
      <FacetSection
        title="Years"
        onFilter={onFilter}
        facets={facets.years.slice(0, 10).map(({ year, count }) => ({ key: year, label: year, count, filter: `after:${year - 1} before:${year + 1}` }))}
      />
    </aside>
  );
}

/** One group of facets, each a button that adds its filter to the query; nothing when the group is empty. */
function FacetSection({ title, facets, onFilter }: { title: string; facets: Facet[]; onFilter: (filter: string) => void }) {
  if (facets.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul>
        {facets.map((facet) => (
          <li key={facet.key}>
            <button type="button" onClick={() => onFilter(facet.filter)}>
              {facet.label} <span className="count">{facet.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
