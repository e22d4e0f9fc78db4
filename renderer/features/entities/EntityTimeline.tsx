import { formatDate } from '../reader/format-date';
import { clipHref } from '../library/route';
import { dayOf } from './timeline';
import type { TimelineItem } from './timeline';

/** Dated points on one horizontal line (quotes above, treaty dates below), with the same items as a list for reading. */
export function EntityTimeline({ items, undated }: { items: TimelineItem[]; undated: number }) {
  if (items.length === 0) {
    return <p className="muted">Nothing dated yet{undated ? ` (${undated} quote${undated === 1 ? '' : 's'} from undated articles)` : ''}.</p>;
  }
  const days = items.map((i) => dayOf(i.date)!);
  const first = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - first);
  const at = (item: TimelineItem) => 2 + ((dayOf(item.date)! - first) / span) * 96;
  const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  return (
    <figure className="timeline">
      <div className="timeline-track" aria-hidden="true">
        <div className="timeline-line" />
        {items.map((item, index) => (
          <span key={index} className={`timeline-dot ${item.kind}`} style={{ left: `${at(item)}%` }} title={`${formatDate(item.date)}: ${item.label}`} />
        ))}
        <span className="timeline-year start">{year(first)}</span>
        {year(first + span) !== year(first) ? <span className="timeline-year end">{year(first + span)}</span> : null}
      </div>
      <ol className="timeline-list" aria-label="Timeline">
        {items.map((item, index) => (
          <li key={index} className={item.kind}>
            <time dateTime={item.date}>{formatDate(item.date)}</time>
            {item.kind === 'quote' ? (
              <a href={clipHref(item.clipId, item.quoteId)} className="timeline-quote">
                “{item.label}”
              </a>
            ) : (
              <span className="timeline-event">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
      {undated > 0 ? <figcaption className="muted">{undated} more from undated articles.</figcaption> : null}
    </figure>
  );
}
