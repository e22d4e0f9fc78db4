import type { ClipDraft } from '../../../shared/clip/types';

/** A page that is not an article, kept as a bookmark: its title and address, no text. */
export function bookmarkDraft(bookmark: { url: string; title: string }): ClipDraft {
  return {
    url: bookmark.url,
    canonicalUrl: bookmark.url,
    title: bookmark.title || bookmark.url,
    byline: '',
    siteName: siteOf(bookmark.url),
    publishedAt: null,
    lang: '',
    excerpt: 'Bookmark: no article text was found on this page.',
    html: '',
    text: '',
    wordCount: 0,
    contentHash: '',
    source: 'url',
    images: [],
    warnings: [],
  };
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
