/**
 * Dates for citations, read from the text of the ISO string and never through
 * `Date`: "2019-07-04T23:30:00-04:00" was published on July 4 where it was
 * published, whatever the reader's time zone says.
 */

/** Year, then month 1-12 and day 1-31 when known. */
export type DateParts = [number] | [number, number] | [number, number, number];

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)/;

/** The calendar date an ISO date or date-time names, or null when there is none to read. */
export function parseIsoDate(value: string | null | undefined): DateParts | null {
  const match = ISO_DATE.exec((value ?? '').trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return [year];
  const month = Number(match[2]);
  if (month < 1 || month > 12) return [year];
  if (match[3] === undefined) return [year, month];
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month) ? [year, month, day] : [year, month];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The calendar day of an instant (ms since epoch) for someone whose clock is
 * `offsetMinutes` ahead of UTC (the renderer passes `-new Date(ms).getTimezoneOffset()`).
 */
export function dayOfInstant(ms: number, offsetMinutes = 0): DateParts {
  const shifted = new Date(ms + offsetMinutes * 60_000);
  return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2019", "2019-07" or "2019-07-04". */
export function isoFromParts(parts: DateParts): string {
  return [String(parts[0]).padStart(4, '0'), ...parts.slice(1).map(pad)].join('-');
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "July 4, 2019", "July 2019" or "2019" (Chicago, and the prose of exports). */
export function longDate(parts: DateParts): string {
  const [year, month, day] = parts;
  if (month === undefined) return String(year);
  const name = MONTH_NAMES[month - 1];
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

/** Comparable key for sorting: unknown parts sort first within their year or month. */
export function dateSortKey(parts: DateParts | null): string {
  if (!parts) return '';
  const [year, month = 0, day = 0] = parts;
  return `${String(year).padStart(4, '0')}${pad(month)}${pad(day)}`;
}
