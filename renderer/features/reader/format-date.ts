/** "4 July 2019" from an ISO date or date-time; '' when unknown; the year or month alone when that is all there is. */
export function formatDate(iso: string | null, locale?: string): string {
  if (!iso) return '';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return date.toLocaleDateString(locale, options);
}
