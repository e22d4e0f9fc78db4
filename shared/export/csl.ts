import type { DateParts } from './dates';
import type { PersonName } from './names';
import { isLiteral } from './names';
import type { CitationSource } from './source';

/** CSL-JSON as the CSL 1.0.2 specification and citeproc-js read it; only the variables Quire fills. */
export type CslName = { family: string; given?: string } | { literal: string };
export type CslDate = { 'date-parts': DateParts[] };
export type CslItem = {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL?: string;
  language?: string;
};

function cslName(name: PersonName): CslName {
  if (isLiteral(name)) return { literal: name.literal };
  return name.given ? { family: name.family, given: name.given } : { family: name.family };
}

/** One clipped page as a CSL-JSON item: a newspaper article when dated and on a named site, else a web page. */
export function sourceToCsl(source: CitationSource): CslItem {
  const item: CslItem = {
    id: source.id,
    type: source.kind === 'article' ? 'article-newspaper' : 'webpage',
    title: source.title,
    accessed: { 'date-parts': [source.accessed] },
  };
  if (source.authors.length) item.author = source.authors.map(cslName);
  if (source.site) item['container-title'] = source.site;
  if (source.issued) item.issued = { 'date-parts': [source.issued] };
  if (source.url) item.URL = source.url;
  if (source.lang) item.language = source.lang;
  return item;
}

/** A CSL-JSON file: always an array, so reference managers (Zotero, pandoc) import one or many alike. */
export function sourcesToCslJson(sources: CitationSource[]): string {
  return `${JSON.stringify(sources.map(sourceToCsl), null, 2)}\n`;
}
