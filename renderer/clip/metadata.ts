/**
 * A clip's metadata from what the page says about itself, most specific source
 * first: JSON-LD > OpenGraph / article:* > citation_* / Dublin Core > plain meta
 * tags > Readability's own guesses. Read before Readability changes the document.
 */
import {
  collapseSpaces,
  normaliseByline,
  normaliseLang,
  resolveHttpUrl,
  stripSiteName,
  toIsoDate,
} from '../../shared/clip/metadata';
import { readJsonLdArticle } from './jsonld';
import { linkHref, readMetaTags } from './meta-tags';

export type PageMetadata = {
  title: string;
  byline: string;
  siteName: string;
  publishedAt: string | null;
  lang: string;
  excerpt: string;
  canonicalUrl: string;
};

/** What Readability found, used only where the page's own metadata is silent. */
export type ReadabilityFallback = {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  excerpt?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
};

type Candidates = { [K in keyof PageMetadata]: (string | string[] | null | undefined)[] };

/** Collects every source's value per field, in order of precedence; call before Readability runs. */
export function readMetadataCandidates(doc: Document): Candidates {
  const ld = readJsonLdArticle(doc);
  const meta = readMetaTags(doc);
  const authorsFromTags = meta.all('citation_author', 'dc.creator', 'dcterms.creator', 'dc:creator');
  return {
    title: [ld?.headline, meta.get('og:title'), meta.get('citation_title', 'dc.title', 'dcterms.title', 'dc:title'), meta.get('twitter:title', 'parsely-title', 'sailthru.title', 'title')],
    byline: [
      ld?.authors,
      meta.all('article:author', 'og:article:author').filter((value) => !/^https?:/i.test(value)),
      authorsFromTags.length > 0 ? authorsFromTags : null,
      meta.all('author', 'parsely-author', 'sailthru.author', 'byl'),
    ],
    siteName: [ld?.publisher, meta.get('og:site_name'), meta.get('citation_journal_title', 'citation_publisher', 'dc.publisher', 'dcterms.publisher'), meta.get('application-name')].map(
      (name) => (name && !name.startsWith('@') ? name : null),
    ),
    publishedAt: [
      ld?.datePublished,
      meta.get('article:published_time', 'og:article:published_time'),
      meta.get('citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'dcterms.date'),
      meta.get('parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'date', 'datepublished'),
      doc.querySelector('time[datetime][pubdate], article time[datetime]')?.getAttribute('datetime'),
    ],
    lang: [doc.documentElement.getAttribute('lang'), ld?.inLanguage, meta.get('og:locale'), meta.get('content-language', 'dc.language', 'citation_language')],
    excerpt: [ld?.description, meta.get('og:description'), meta.get('citation_abstract', 'dc.description', 'dcterms.abstract', 'dcterms.description'), meta.get('description', 'twitter:description')],
    canonicalUrl: [linkHref(doc, 'canonical'), meta.get('og:url'), ld?.url],
  };
}

function firstText(values: Candidates[keyof Candidates], clean: (value: string) => string): string {
  for (const value of values) {
    const text = typeof value === 'string' ? clean(value) : '';
    if (text !== '') return text;
  }
  return '';
}

function firstByline(values: Candidates['byline']): string {
  for (const value of values) {
    const byline = normaliseByline(value ?? '');
    if (byline !== '') return byline;
  }
  return '';
}

function firstDate(values: Candidates['publishedAt']): string | null {
  for (const value of values) {
    const date = typeof value === 'string' ? toIsoDate(value) : null;
    if (date) return date;
  }
  return null;
}

export function resolveMetadata(candidates: Candidates, reader: ReadabilityFallback | null, pageUrl: string): PageMetadata {
  const siteName = firstText([...candidates.siteName, reader?.siteName], collapseSpaces);
  const rawTitle = firstText([...candidates.title, reader?.title], collapseSpaces);
  return {
    title: stripSiteName(rawTitle, siteName),
    byline: firstByline([...candidates.byline, reader?.byline]),
    siteName,
    publishedAt: firstDate([...candidates.publishedAt, reader?.publishedTime]),
    lang: firstText([...candidates.lang, reader?.lang], normaliseLang),
    excerpt: firstText([...candidates.excerpt, reader?.excerpt], collapseSpaces),
    canonicalUrl: firstText([...candidates.canonicalUrl, pageUrl], (value) => resolveHttpUrl(value, pageUrl)),
  };
}
