import type { TreatyInfo } from '../../../shared/model';

export type TreatyEvent = TreatyInfo['events'][number];
/** An event as the editor holds it: `key` keeps a row's inputs (and focus) in place when another row goes. */
export type EventRow = TreatyEvent & { key: number };
export type EventProblem = { message: string; row: number; field: 'date' | 'label' };

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `value` is one of the ISO forms a treaty's dates take (YYYY, YYYY-MM or
 * YYYY-MM-DD) and names a real month and day: 2023-13 and 2023-02-30 are not dates.
 */
export function isTreatyDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  return Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month));
}

/** Days in a month of the (proleptic) Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

export const notADate = (value: string) => `“${value}” is not a date: write it as 1987-12-08, 1987-12 or 1987.`;

let nextKey = 0;
export const eventRow = (event: TreatyEvent = { date: '', label: '' }): EventRow => ({ ...event, key: nextKey++ });

/**
 * The rows as events to store, trimmed and sorted by date (stable, so events of
 * one day keep the order they were written in), or the first row's problem.
 * A row left wholly blank is an "Add event" the user never filled: it is dropped.
 */
export function checkEvents(rows: readonly EventRow[]): { events: TreatyEvent[] } | { problem: EventProblem } {
  const events: TreatyEvent[] = [];
  for (const [index, row] of rows.entries()) {
    const date = row.date.trim();
    const label = row.label.trim();
    if (!date && !label) continue;
    const name = `Event ${index + 1}`;
    if (!date) return { problem: { message: `${name} (“${label}”) has no date: write it as 1987-12-08, 1987-12 or 1987.`, row: index, field: 'date' } };
    if (!isTreatyDate(date)) return { problem: { message: `${name}: ${notADate(date)}`, row: index, field: 'date' } };
    if (!label) return { problem: { message: `${name} (${date}) has no label: say what happened.`, row: index, field: 'label' } };
    events.push({ date, label });
  }
  // Fixed-width ISO prefixes order as text: "2023" < "2023-02" < "2023-02-21" < "2023-03".
  return { events: events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}
