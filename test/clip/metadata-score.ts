/**
 * Scoring clipped metadata against the fixture pages' expected-metadata.json,
 * shared by the fixture test and the benchmark. Comparison is normalised: case,
 * accents, spacing and punctuation fold; bylines compare as sets of authors;
 * a title matches with or without a " | Site"-style suffix.
 */
import { normaliseByline } from '../../shared/clip/metadata';
import { foldText } from '../../shared/text/fold';

export type ExpectedMetadata = {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  readerable?: boolean;
};

export const SCORED_FIELDS = ['title', 'byline', 'excerpt', 'siteName'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
export type FoundMetadata = Partial<Record<ScoredField, string | null | undefined>>;

const norm = (value: string | null | undefined) =>
  foldText(value ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»]|::)\s+/;

function titleVariants(title: string): string[] {
  const parts = title.split(TITLE_SEPARATOR);
  const variants = [title];
  if (parts.length > 1) variants.push(parts.slice(0, -1).join(' '), parts.slice(1).join(' '));
  return variants.map(norm);
}

function authorSet(byline: string | null | undefined): string {
  return normaliseByline(byline ?? '')
    .split(', ')
    .map(norm)
    .filter(Boolean)
    .sort()
    .join('|');
}

export function fieldMatches(field: ScoredField, found: string | null | undefined, expected: string | null): boolean {
  if (field === 'byline') return authorSet(found) === authorSet(expected);
  if (field === 'title') {
    const ours = titleVariants(found ?? '');
    return titleVariants(expected ?? '').some((variant) => ours.includes(variant));
  }
  return norm(found) === norm(expected);
}

export type HitRates = Record<ScoredField, number>;

export function hitRates(results: { found: FoundMetadata; expected: ExpectedMetadata }[]): HitRates {
  const rates = {} as HitRates;
  for (const field of SCORED_FIELDS) {
    const hits = results.filter(({ found, expected }) => fieldMatches(field, found[field], expected[field])).length;
    rates[field] = hits / Math.max(results.length, 1);
  }
  return rates;
}
