/**
 * Any page or text into a ClipDraft: decode -> parse -> metadata -> Readability
 * -> clean -> sanitize (last). Written against the standard DOM API so the same
 * code runs in the renderer (DOMParser) and in Node (jsdom, for the CLI and tests).
 */
import { Readability } from '@mozilla/readability';
import type { DOMPurify } from 'dompurify';
import { decodePage, LEGACY_CHARSET_NAMES, looksBinary } from '../../shared/clip/charset';
import { plainTextToArticle } from '../../shared/clip/plain-text';
import { countWords } from '../../shared/clip/text';
import { CLIP_MAX_BYTES, type ClipDraft, type ClipResult } from '../../shared/clip/types';
import { webUrlOrEmpty } from '../../shared/clip/web-url';
import type { ClipSource } from '../../shared/model';
import type { FetchedPage } from '../../shared/shell';
import { domToText } from './dom-text';
import { CAPTION_CLASS, markCaptions } from './captions';
import { dropDecorativeImages } from './decorative';
import { defuseClobbering, type DomRealm } from './defuse';
import { cleanArticleDom } from './dom-clean';
import { clipFailures } from './errors';
import { contentHash } from './hash';
import { readMetadataCandidates, resolveMetadata, type PageMetadata } from './metadata';
import { sanitizeArticle, type SanitizedArticle } from './sanitize';

export type ClipDeps = {
  /** Parses HTML into an inert document whose base URL is `baseUrl` (DOMParser, jsdom). */
  parseHTML: (html: string, baseUrl: string) => Document;
} & (
  /** A DOMPurify instance for the clipper's own use (its hooks stay on it), of the realm the parsed documents belong to. */
  | { purify: DOMPurify }
  /** Or one per realm, for jsdom, which gives every document its own. */
  | { purifyFor: (doc?: Document) => DOMPurify }
);

function purifierFor(deps: ClipDeps, doc?: Document): DOMPurify {
  return 'purifyFor' in deps ? deps.purifyFor(doc) : deps.purify;
}

export type ClipInput =
  | { kind: 'html'; html: string; url?: string; source?: ClipSource }
  | { kind: 'bytes'; bytes: Uint8Array; charset?: string | null; url?: string; source?: ClipSource }
  | { kind: 'text'; text: string; url?: string; source?: ClipSource };

/** Fewer words than this, or mostly links, is a page of navigation, not an article. */
const MIN_ARTICLE_WORDS = 20;
const MAX_ARTICLE_LINK_DENSITY = 0.5;

export async function clip(input: ClipInput, deps: ClipDeps): Promise<ClipResult> {
  const { url, warnings: urlWarnings } = checkedUrl(input.url);
  const source = input.source ?? (url ? 'url' : 'paste');
  if (input.kind === 'bytes') {
    if (input.bytes.length > CLIP_MAX_BYTES) return { ok: false, error: clipFailures.tooLarge(input.bytes.length) };
    if (input.bytes.length === 0) return { ok: false, error: clipFailures.empty() };
    if (looksBinary(input.bytes)) return { ok: false, error: clipFailures.binary() };
    const decoded = decodePage(input.bytes, input.charset ?? null);
    return clipString(decoded.text, { url, source, warnings: [...urlWarnings, ...charsetWarnings(decoded)], kind: 'html' }, deps);
  }
  const value = input.kind === 'html' ? input.html : input.text;
  return clipString(value, { url, source, warnings: urlWarnings, kind: input.kind }, deps);
}

function charsetWarnings(decoded: ReturnType<typeof decodePage>): string[] {
  if (decoded.source === 'guessed') {
    return [`The page did not say which character set it uses and is not UTF-8: it was read as ${LEGACY_CHARSET_NAMES[decoded.charset] ?? decoded.charset}, judging by its words. If the text looks wrong, clip it from its web address instead, where the server may name the character set.`];
  }
  if (decoded.source === 'default' && decoded.text.includes('\ufffd')) {
    return ['The page did not say which character set it uses and is not valid UTF-8: some characters may show wrongly.'];
  }
  return [];
}

/** The source's address, kept only if it is a web address: a file can name anything, `javascript:` included. */
function checkedUrl(named: string | undefined): { url: string; warnings: string[] } {
  const url = webUrlOrEmpty(named);
  const shown = (named ?? '').trim();
  if (url !== '' || shown === '') return { url, warnings: [] };
  const quoted = shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
  return { url, warnings: [`The source gave its address as "${quoted}", which is not a web address: the clip keeps no address.`] };
}

/** A page fetched by the shell (`page:fetch`), decoded with the charset its server declared. */
export function clipFetchedPage(page: FetchedPage, deps: ClipDeps): Promise<ClipResult> {
  const kind = page.contentType === 'text/plain' ? 'text' : 'bytes';
  if (kind === 'text') {
    return clip({ kind: 'text', text: decodePage(page.bytes, page.charset).text, url: page.finalUrl, source: 'url' }, deps);
  }
  return clip({ kind: 'bytes', bytes: page.bytes, charset: page.charset, url: page.finalUrl, source: 'url' }, deps);
}

type StringJob = { url: string; source: ClipSource; warnings: string[]; kind: 'html' | 'text' };

async function clipString(value: string, job: StringJob, deps: ClipDeps): Promise<ClipResult> {
  // A UTF-16 string: its length is at least half its UTF-8 size, so this refuses nothing a byte limit would allow.
  if (value.length > CLIP_MAX_BYTES) return { ok: false, error: clipFailures.tooLarge(value.length) };
  if (value.trim() === '') return { ok: false, error: clipFailures.empty() };
  if (value.slice(0, 1024).includes('\u0000')) return { ok: false, error: clipFailures.binary() };
  return job.kind === 'text' ? clipText(value, job, deps) : clipHtml(value, job, deps);
}

async function clipText(value: string, job: StringJob, deps: ClipDeps): Promise<ClipResult> {
  const article = plainTextToArticle(value);
  if (article.text === '' && article.title === '') return { ok: false, error: clipFailures.empty() };
  const metadata: PageMetadata = {
    title: article.title,
    byline: '',
    siteName: '',
    publishedAt: null,
    lang: '',
    excerpt: article.paragraphs[0]?.slice(0, 300) ?? '',
    canonicalUrl: job.url,
  };
  return { ok: true, draft: await finishDraft(metadata, sanitizeArticle(purifierFor(deps), article.html), job) };
}

async function clipHtml(html: string, job: StringJob, deps: ClipDeps): Promise<ClipResult> {
  let doc: Document;
  try {
    doc = deps.parseHTML(html, job.url);
  } catch (error) {
    return { ok: false, error: clipFailures.unreadable(error instanceof Error ? error.message : String(error)) };
  }
  // DOMParser documents have no window of their own: they belong to the page's realm.
  defuseClobbering(doc, (doc.defaultView ?? globalThis) as DomRealm);
  const candidates = readMetadataCandidates(doc);
  // Before Readability, while the images still have the classes and styles that give decoration away.
  dropDecorativeImages(doc);
  const pageTitle = (doc.title || job.url).trim();
  markCaptions(doc);
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element, classesToPreserve: [CAPTION_CLASS] }).parse();
  const metadata = resolveMetadata(candidates, reader, job.url);
  const article = reader?.content;
  if (!article || !looksLikeArticle(article)) {
    return { ok: false, error: clipFailures.notAnArticle(metadata.canonicalUrl || job.url, metadata.title || pageTitle) };
  }
  cleanArticleDom(article, { title: metadata.title, byline: metadata.byline, siteName: metadata.siteName });
  const sanitized = sanitizeArticle(purifierFor(deps, doc), article);
  if (!sanitized.fragment || (sanitized.fragment.textContent ?? '').trim() === '') {
    return { ok: false, error: clipFailures.notAnArticle(metadata.canonicalUrl || job.url, metadata.title || pageTitle) };
  }
  return { ok: true, draft: await finishDraft(metadata, sanitized, job) };
}

function looksLikeArticle(article: Element): boolean {
  const text = (article.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (countWords(text) < MIN_ARTICLE_WORDS) return false;
  const linked = [...article.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linked / Math.max(text.length, 1) <= MAX_ARTICLE_LINK_DENSITY;
}

/** Text and images are read from the sanitized fragment itself, so they are exactly what the html holds. */
async function finishDraft(metadata: PageMetadata, { html, fragment }: SanitizedArticle, job: StringJob): Promise<ClipDraft> {
  const text = fragment ? domToText(fragment) : '';
  const images = [...(fragment?.querySelectorAll('img[src]') ?? [])].map((img) => ({
    src: img.getAttribute('src') ?? '',
    alt: (img.getAttribute('alt') ?? '').trim(),
  }));
  return {
    ...metadata,
    title: metadata.title || text.split('\n')[0]?.slice(0, 200) || job.url,
    excerpt: metadata.excerpt || text.split('\n')[0]?.slice(0, 300) || '',
    url: job.url,
    canonicalUrl: metadata.canonicalUrl || job.url,
    html,
    text,
    wordCount: countWords(text),
    contentHash: await contentHash(text),
    source: job.source,
    images,
    warnings: job.warnings,
  };
}
