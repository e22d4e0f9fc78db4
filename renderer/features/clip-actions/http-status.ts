/**
 * A page that answered an error status is the site's error page, not the
 * article: clipped, it would stand in the library under the article's address
 * and turn the real article away as a duplicate later.
 */
import type { ClipFailure } from '../../../shared/clip/types';
import type { FetchedPage } from '../../../shared/shell';

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function explain(status: number): string {
  if (status === 404 || status === 410) return 'there is no article at this address, only the site’s error page. Check the address.';
  if (status === 401 || status === 403 || status === 451) return 'it would not show the article (it may need a login or a subscription).';
  if (status === 429 || status >= 500) return 'it has a problem right now. Try again later.';
  return 'it sent an error page instead of the article.';
}

/** The refusal for a page whose status is not 2xx, or null for a page to clip. */
export function httpStatusFailure(page: Pick<FetchedPage, 'status' | 'finalUrl' | 'url'>): ClipFailure | null {
  if (page.status >= 200 && page.status < 300) return null;
  const reason = REASONS[page.status];
  const url = page.finalUrl || page.url;
  return {
    code: 'http-error',
    message: `The site answered ${page.status}${reason ? ` (${reason})` : ''}: ${explain(page.status)} Nothing was saved; you can keep the address as a bookmark instead.`,
    bookmark: { url, title: url },
  };
}
