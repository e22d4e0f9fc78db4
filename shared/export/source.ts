import type { Clip } from '../model';
import type { DateParts } from './dates';
import { dayOfInstant, parseIsoDate } from './dates';
import type { PersonName } from './names';
import { parseByline } from './names';
import { safeUrl } from './safe-link';

/** What every export format and citation style needs to know about a clipped page. */
export type CitationSource = {
  /** The clip's id: CSL-JSON item ids use it. */
  id: string;
  title: string;
  authors: PersonName[];
  /** The site or publication ("The Hill"), or ''. */
  site: string;
  /** The address to cite: the canonical URL when the page declared one; '' when it is not a link any export may write. */
  url: string;
  issued: DateParts | null;
  /** The day the user clipped it. */
  accessed: DateParts;
  lang: string;
  /** A news article (published, dated, on a named site) or any other web page. */
  kind: 'article' | 'webpage';
};

export type SourceOptions = {
  /** The user's UTC offset in minutes on the day of the clip, so "accessed" is their calendar day. Default 0 (UTC). */
  timeZoneOffsetMinutes?: number;
};

export function sourceFromClip(clip: Clip, options: SourceOptions = {}): CitationSource {
  const issued = parseIsoDate(clip.publishedAt);
  const site = clip.siteName.trim();
  const title = clip.title.replace(/\s+/g, ' ').trim();
  return {
    id: clip.id,
    title: title || 'Untitled',
    authors: parseByline(clip.byline),
    site,
    url: safeUrl(clip.canonicalUrl || clip.url) ?? '',
    issued,
    accessed: dayOfInstant(clip.createdAt, options.timeZoneOffsetMinutes ?? 0),
    lang: clip.lang.trim(),
    kind: issued && site ? 'article' : 'webpage',
  };
}
