/** Facet counts over every matching document: types, years, top speakers and treaties. */
import type { DocTable } from './doc-table';
import type { FacetCount, Facets } from './types';

const TOP = 10;
/** Years counted in an array rather than a map: the common case, in the hot loop. */
const FIRST_YEAR = 1900;
const YEAR_SPAN = 200;

export function countFacets(table: DocTable, ords: ArrayLike<number>): Facets {
  const typeCounts = [0, 0, 0];
  const speakers = new Uint32Array(table.entityIds.length);
  const treaties = new Uint32Array(table.entityIds.length);
  const years = new Map<number, number>();
  const recentYears = new Uint32Array(YEAR_SPAN);
  const { types, years: yearOf, speakers: speakerOf, treaties: treatiesOf } = table;
  for (let i = 0; i < ords.length; i += 1) {
    const ord = ords[i]!;
    typeCounts[types[ord]!]! += 1;
    const speaker = speakerOf[ord]!;
    if (speaker >= 0) speakers[speaker]! += 1;
    const docTreaties = treatiesOf[ord]!;
    for (let i = 0; i < docTreaties.length; i += 1) treaties[docTreaties[i]!]! += 1;
    const year = yearOf[ord]!;
    if (year >= FIRST_YEAR && year < FIRST_YEAR + YEAR_SPAN) recentYears[year - FIRST_YEAR]! += 1;
    else if (year !== 0) years.set(year, (years.get(year) ?? 0) + 1);
  }
  recentYears.forEach((count, i) => { if (count > 0) years.set(FIRST_YEAR + i, count); });
  return {
    types: { clip: typeCounts[0]!, quote: typeCounts[1]!, note: typeCounts[2]! },
    speakers: top(table, speakers),
    treaties: top(table, treaties),
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year),
  };
}

function top(table: DocTable, counts: Uint32Array): FacetCount[] {
  const found: FacetCount[] = [];
  counts.forEach((count, index) => {
    if (count > 0) found.push({ id: table.entityIds[index]!, name: table.entityNames[index]!, count });
  });
  return found.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP);
}
