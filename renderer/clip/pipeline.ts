/**
 * Any page or text into a ClipDraft: decode -> parse -> metadata -> Readability
 * -> clean -> sanitize (last). Written against the standard DOM API so the same
 * code runs in the renderer (DOMParser) and in Node (jsdom, for the CLI and tests).
 */
import { Readability } from '@mozilla/readability';
import type { DOMPurify } from 'dompurify';
import { looksBinary, looksBinaryText } from '../../shared/clip/binary';
import { decodePage, LEGACY_CHARSET_NAMES } from '../../shared/clip/charset';
import { plainTextToArticle } from '../../shared/clip/plain-text';
import { countWords } from '../../shared/clip/text';
import { CLIP_MAX_BYTES, CLIP_MAX_PAGE_TEXT, CLIP_MAX_WORDS, type ClipDraft, type ClipResult } from '../../shared/clip/types';
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
import { ClipCancelled, enterStage, pause, type ClipOptions } from './pacing';
import { sanitizeArticle, type SanitizedArticle } from './sanitize';

export type ClipDeps = {
  /** Parses HTML into an inert document whose base URL is `baseUrl` (DOMParser, jsdom). */
  parseHTML: (html: string, baseUrl: string) => Document;
  /** The same, in slices with `pause()` between them, so a big page does not block the window (the renderer's). */
  parseHTMLInSlices?: (html: string, baseUrl: string, pause: () => Promise<void>) => Promise<Document>;
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

export type { ClipOptions } from './pacing';

/** Runs the pipeline; with `options`, it reports its stages and stops (answering `cancelled`) when the signal aborts. */
export async function clip(input: ClipInput, deps: ClipDeps, options: ClipOptions = {}): Promise<ClipResult> {
  try {
    await enterStage('reading', options);
    return await clipInput(input, deps, options);
  } catch (error) {
    if (error instanceof ClipCancelled) return { ok: false, error: clipFailures.cancelled() };
    throw error;
  }
}

async function clipInput(input: ClipInput, deps: ClipDeps, options: ClipOptions): Promise<ClipResult> {
  const { url, warnings: urlWarnings } = checkedUrl(input.url);
  const source = input.source ?? (url ? 'url' : 'paste');
  if (input.kind === 'bytes') {
    if (input.bytes.length > CLIP_MAX_BYTES) return { ok: false, error: clipFailures.tooLarge(input.bytes.length) };
    if (input.bytes.length === 0) return { ok: false, error: clipFailures.empty() };
    if (looksBinary(input.bytes)) return { ok: false, error: clipFailures.binary() };
    const decoded = decodePage(input.bytes, input.charset ?? null);
    return clipString(decoded.text, { url, source, warnings: [...urlWarnings, ...charsetWarnings(decoded)], kind: 'html', options }, deps);
  }
  const value = input.kind === 'html' ? input.html : input.text;
  return clipString(value, { url, source, warnings: urlWarnings, kind: input.kind, options }, deps);
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
export function clipFetchedPage(page: FetchedPage, deps: ClipDeps, options: ClipOptions = {}): Promise<ClipResult> {
  if (page.contentType === 'text/plain') {
    if (looksBinary(page.bytes)) return Promise.resolve({ ok: false, error: clipFailures.binary() });
    return clip({ kind: 'text', text: decodePage(page.bytes, page.charset).text, url: page.finalUrl, source: 'url' }, deps, options);
  }
  return clip({ kind: 'bytes', bytes: page.bytes, charset: page.charset, url: page.finalUrl, source: 'url' }, deps, options);
}

type StringJob = { url: string; source: ClipSource; warnings: string[]; kind: 'html' | 'text'; options: ClipOptions };

async function clipString(value: string, job: StringJob, deps: ClipDeps): Promise<ClipResult> {
  // A UTF-16 string: its length is at least half its UTF-8 size, so this refuses nothing a byte limit would allow.
  if (value.length > CLIP_MAX_BYTES) return { ok: false, error: clipFailures.tooLarge(value.length) };
  if (value.trim() === '') return { ok: false, error: clipFailures.empty() };
  if (looksBinaryText(value)) return { ok: false, error: clipFailures.binary() };
  return job.kind === 'text' ? clipText(value, job, deps) : clipHtml(value, job, deps);
}

async function clipText(value: string, job: StringJob, deps: ClipDeps): Promise<ClipResult> {
  const words = countWords(value);
  if (words > CLIP_MAX_WORDS) return { ok: false, error: clipFailures.tooLong(words) };
  await enterStage('extracting', job.options);
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
  await enterStage('cleaning', job.options);
  return { ok: true, draft: await finishDraft(metadata, sanitizeArticle(purifierFor(deps), article.html), job) };
}

async function clipHtml(html: string, job: StringJob, deps: ClipDeps): Promise<ClipResult> {
  await enterStage('extracting', job.options);
  let doc: Document;
  try {
    doc = deps.parseHTMLInSlices ? await deps.parseHTMLInSlices(html, job.url, () => pause(job.options)) : deps.parseHTML(html, job.url);
  } catch (error) {
    if (error instanceof ClipCancelled) throw error;
    return { ok: false, error: clipFailures.unreadable(error instanceof Error ? error.message : String(error)) };
  }
  await pause(job.options);
  // DOMParser documents have no window of their own: they belong to the page's realm.
  defuseClobbering(doc, (doc.defaultView ?? globalThis) as DomRealm);
  await pause(job.options);
  const candidates = readMetadataCandidates(doc);
  // Before Readability, while the images still have the classes and styles that give decoration away.
  dropDecorativeImages(doc);
  const pageTitle = (doc.title || job.url).trim();
  await pause(job.options);
  markCaptions(doc);
  const pageText = await measurePageText(doc, job.options);
  if (pageText.length > CLIP_MAX_PAGE_TEXT) return { ok: false, error: clipFailures.tooLong(estimateWords(pageText)) };
  await pause(job.options);
  // The one stage that cannot be sliced: Readability runs in one go, over at most CLIP_MAX_PAGE_TEXT of text.
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element, classesToPreserve: [CAPTION_CLASS] }).parse();
  const metadata = resolveMetadata(candidates, reader, job.url);
  const article = reader?.content;
  await pause(job.options);
  const words = article ? countWords(article.textContent ?? '') : 0;
  if (words > CLIP_MAX_WORDS) return { ok: false, error: clipFailures.tooLong(words) };
  if (!article || !looksLikeArticle(article, words)) {
    return { ok: false, error: clipFailures.notAnArticle(metadata.canonicalUrl || job.url, metadata.title || pageTitle) };
  }
  await enterStage('cleaning', job.options);
  cleanArticleDom(article, { title: metadata.title, byline: metadata.byline, siteName: metadata.siteName });
  await pause(job.options);
  const sanitized = sanitizeArticle(purifierFor(deps, doc), article);
  await pause(job.options);
  if (!sanitized.fragment || (sanitized.fragment.textContent ?? '').trim() === '') {
    return { ok: false, error: clipFailures.notAnArticle(metadata.canonicalUrl || job.url, metadata.title || pageTitle) };
  }
  return { ok: true, draft: await finishDraft(metadata, sanitized, job) };
}

function looksLikeArticle(article: Element, words: number): boolean {
  if (words < MIN_ARTICLE_WORDS) return false;
  const text = (article.textContent ?? '').replace(/\s+/g, ' ').trim();
  const linked = [...article.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linked / Math.max(text.length, 1) <= MAX_ARTICLE_LINK_DENSITY;
}

/** Text and images are read from the sanitized fragment itself, so they are exactly what the html holds. */
async function finishDraft(metadata: PageMetadata, { html, fragment }: SanitizedArticle, job: StringJob): Promise<ClipDraft> {
  const text = fragment ? domToText(fragment) : '';
  await pause(job.options);
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

const SHOW_TEXT = 4;
const HIDDEN_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE']);
const TEXT_NODES_PER_SLICE = 5_000;

/**
 * How much text the page shows (inline scripts and styles are not text), and a
 * sample of it; walked in slices and only as far as the limit.
 */
async function measurePageText(doc: Document, options: ClipOptions): Promise<{ length: number; sample: string }> {
  if (!doc.body) return { length: 0, sample: '' };
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let length = 0;
  let sample = '';
  for (let node = walker.nextNode(), seen = 1; node && length <= CLIP_MAX_PAGE_TEXT; node = walker.nextNode(), seen += 1) {
    if (HIDDEN_TEXT_PARENTS.has(node.parentNode?.nodeName.toUpperCase() ?? '')) continue;
    const text = node.nodeValue ?? '';
    length += text.length;
    if (sample.length < 200_000) sample += text;
    if (seen % TEXT_NODES_PER_SLICE === 0) await pause(options);
  }
  return { length, sample };
}

/** Words in `length` characters, judged from a sample: counting them all would take the time the refusal saves. */
function estimateWords({ length, sample }: { length: number; sample: string }): number {
  return Math.round((countWords(sample) / Math.max(sample.length, 1)) * length);
}
