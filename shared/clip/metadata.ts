/**
 * Normalising what pages say about themselves. Real pages disagree with
 * themselves ("By JANE DOE", "Title | Site", "Mar 3, 2019"); these make the
 * values comparable and storable.
 */
import { foldText } from '../text/fold';

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const BY_PREFIX = /^(?:by|written by|words by|posted by|story by|author|authors|von|par|por|автор)\s*[:\-–]?\s+/i;
const AUTHOR_SEPARATOR = /\s*(?:,|;|\s&\s|\sand\s|\|)\s*/i;
const SUFFIX_NOT_A_NAME = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i;

/** One author name as a person reads it: no "By", no URL, no trailing role. */
function cleanAuthorName(raw: string): string {
  const name = collapseSpaces(raw).replace(BY_PREFIX, '').replace(/^by\s+/i, '');
  if (/^https?:\/\//i.test(name) || name.includes('@')) return '';
  return name.replace(/[.,;:|\s]+$/, '');
}

/** Splits a byline into its authors ("A and B", "A, B", "By A & B"), dropping duplicates. */
export function splitAuthors(raw: string | readonly string[]): string[] {
  const parts = (typeof raw === 'string' ? [raw] : raw).flatMap((value) => collapseSpaces(value).replace(BY_PREFIX, '').split(AUTHOR_SEPARATOR));
  const names: string[] = [];
  for (const part of parts) {
    const name = cleanAuthorName(part);
    if (name === '') continue;
    if (SUFFIX_NOT_A_NAME.test(name) && names.length > 0) {
      names[names.length - 1] += `, ${name}`;
      continue;
    }
    if (!names.some((known) => foldText(known) === foldText(name))) names.push(name);
  }
  return names;
}

/** The stored byline: authors comma-separated, or ''. */
export function normaliseByline(raw: string | readonly string[] | null | undefined): string {
  if (!raw) return '';
  return splitAuthors(raw).join(', ');
}

const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»]|::)\s+/;
const comparable = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

function sameSite(part: string, siteName: string): boolean {
  const a = comparable(part);
  const b = comparable(siteName);
  if (a === '' || b === '') return false;
  return a === b || a === `the${b}` || b === `the${a}` || a.replace(/(com|org|net|co|uk|ru|fr|de)$/, '') === b;
}

/** Drops the site name from a title ("Title - Site", "Site | Title") when it matches the site name. */
export function stripSiteName(title: string, siteName: string): string {
  const clean = collapseSpaces(title);
  if (!siteName) return clean;
  const parts = clean.split(TITLE_SEPARATOR);
  if (parts.length < 2) return clean;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  const separators = [...clean.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))];
  if (sameSite(last, siteName)) return clean.slice(0, separators[separators.length - 1]?.index).trim();
  if (sameSite(first, siteName)) {
    const cut = separators[0];
    return cut?.index === undefined ? clean : clean.slice(cut.index + cut[0].length).trim();
  }
  return clean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** An ISO 8601 date ("2019-08-01") or date-time in UTC, or null when the value is not a date. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = collapseSpaces(raw).replace(COMPACT_DATE, '$1-$2-$3');
  if (DATE_ONLY.test(value)) return Number.isNaN(Date.parse(value)) ? null : value;
  const time = Date.parse(value.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2'));
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return new Date(time).toISOString();
}

/** A BCP 47 tag from "en_US", "EN-us", "ru-RU,en;q=0.8": "en-US", "ru-RU". */
export function normaliseLang(raw: string | null | undefined): string {
  const first = (raw ?? '').split(/[,;]/)[0]?.trim().replace(/_/g, '-') ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return '';
  const [language = '', ...rest] = first.split('-');
  return [language.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** An absolute http(s) URL resolved against the page, or '' when the value is not one. */
export function resolveHttpUrl(raw: string | null | undefined, base: string): string {
  if (!raw) return '';
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Decodes HTML entities left in values that never went through an HTML parser (JSON-LD strings). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
