import type { Entity } from '../../../shared/model';
import type { QuoteWithClip } from './entity-links';

export type TimelineItem =
  | { kind: 'quote'; date: string; label: string; quoteId: string; clipId: string }
  | { kind: 'treaty'; date: string; label: string };

/** A comparable day number for an ISO date, a year-month or a year (taken at its start). */
export function dayOf(iso: string): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)) / 86_400_000;
}

/** The entity's quotes by their article's date, and a treaty's own dates, on one line in time order. Undated quotes are left off (and counted). */
export function timelineOf(entity: Entity, quotes: readonly QuoteWithClip[]): { items: TimelineItem[]; undated: number } {
  const items: TimelineItem[] = [];
  let undated = 0;
  for (const { quote, clip } of quotes) {
    if (!clip.publishedAt || dayOf(clip.publishedAt) === null) {
      undated++;
      continue;
    }
    items.push({ kind: 'quote', date: clip.publishedAt.slice(0, 10), label: quote.text, quoteId: quote.id, clipId: clip.id });
  }
  const treaty = entity.treaty;
  if (treaty) {
    const own: [string | null, string][] = [
      [treaty.signed, 'Signed'],
      [treaty.inForce, 'In force'],
      ...treaty.events.map((e): [string, string] => [e.date, e.label]),
    ];
    if (treaty.ended && !treaty.events.some((e) => e.date === treaty.ended)) own.push([treaty.ended, `Ended (${treaty.status})`]);
    for (const [date, label] of own) if (date && dayOf(date) !== null) items.push({ kind: 'treaty', date, label });
  }
  items.sort((a, b) => dayOf(a.date)! - dayOf(b.date)!);
  return { items, undated };
}
