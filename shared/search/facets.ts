/** Facet counts over every matching document: types, years, top speakers and treaties. */
import { NO_DAY } from './doc-table';
import type { DocTable } from './doc-table';
import type { FacetCount, Facets } from './types';

const TOP = 10;
const DAY = 86_400_000;

export function countFacets(table: DocTable, ords: number[]): Facets {
  const types = { clip: 0, quote: 0, note: 0 };
  const speakers = new Map<number, number>();
  const treaties = new Map<number, number>();
  const years = new Map<number, number>();
  const yearOfDay = new Map<number, number>();
  for (const ord of ords) {
    types[table.typeOf(ord)] += 1;
    const speaker = table.speakers[ord]!;
    if (speaker >= 0) speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
    for (const treaty of table.treaties[ord]!) treaties.set(treaty, (treaties.get(treaty) ?? 0) + 1);
    const day = table.days[ord]!;
    if (day === NO_DAY) continue;
    let year = yearOfDay.get(day);
    if (year === undefined) {
      year = new Date(day * DAY).getUTCFullYear();
      yearOfDay.set(day, year);
    }
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  return {
    types,
    speakers: top(table, speakers),
    treaties: top(table, treaties),
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year),
  };
}

function top(table: DocTable, counts: Map<number, number>): FacetCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, TOP)
    .map(([index, count]) => ({ id: table.entityIds[index]!, name: table.entityNames[index]!, count }));
}
