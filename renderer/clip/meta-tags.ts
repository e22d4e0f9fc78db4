import { decodeEntities } from '../../shared/clip/metadata';

/** The page's <meta> tags and <link rel>s, keyed by lower-cased name or property. */
export type MetaTags = {
  get(...keys: string[]): string;
  all(...keys: string[]): string[];
};

export function readMetaTags(doc: Document): MetaTags {
  const values = new Map<string, string[]>();
  for (const meta of doc.querySelectorAll('meta')) {
    // Some CMSs escape twice ("&amp;quot;"): what is left after the parser is decoded once more.
    const content = decodeEntities(meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    const keyAttr = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '';
    // Some pages put several keys in one attribute: property="og:title twitter:title".
    for (const key of keyAttr.toLowerCase().split(/\s+/).filter(Boolean)) {
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return {
    get: (...keys) => {
      for (const key of keys) {
        const value = values.get(key)?.[0];
        if (value) return value;
      }
      return '';
    },
    all: (...keys) => keys.flatMap((key) => values.get(key) ?? []),
  };
}

export function linkHref(doc: Document, rel: string): string {
  return doc.querySelector(`link[rel~="${rel}" i][href]`)?.getAttribute('href')?.trim() ?? '';
}
