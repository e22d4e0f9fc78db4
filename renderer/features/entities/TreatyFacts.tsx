import type { ReactNode } from 'react';
import type { Entity, TreatyInfo } from '../../../shared/model';
import { formatDate } from '../reader/format-date';
import { entityHref } from '../library/route';

export const STATUS_LABEL: Record<TreatyInfo['status'], string> = {
  'in-force': 'In force',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  terminated: 'Terminated',
  'not-in-force': 'Not in force',
};

export function TreatyFacts({ treaty, entityById }: { treaty: TreatyInfo; entityById: ReadonlyMap<string, Entity> }) {
  const parties = treaty.partyIds.map((id) => entityById.get(id)).filter((e): e is Entity => e !== undefined);
  const rows: [string, ReactNode][] = [
    ['Abbreviation', treaty.abbreviation || '—'],
    ['Status', STATUS_LABEL[treaty.status]],
    ['Signed', formatDate(treaty.signed) || '—'],
    ['In force', formatDate(treaty.inForce) || '—'],
    ['Ended', formatDate(treaty.ended) || '—'],
  ];
  return (
    <dl className="facts treaty-facts">
      {rows.map(([label, value]) => (
        <div className="facts-row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {treaty.events.map((event) => (
        <div className="facts-row" key={`${event.date}${event.label}`}>
          <dt>{formatDate(event.date)}</dt>
          <dd>{event.label}</dd>
        </div>
      ))}
      <div className="facts-row">
        <dt>Parties</dt>
        <dd>
          {parties.length === 0
            ? '—'
            : parties.map((party, i) => (
                <span key={party.id}>
                  {i > 0 ? ', ' : ''}
                  <a href={entityHref(party.id)}>{party.name}</a>
                </span>
              ))}
        </dd>
      </div>
    </dl>
  );
}
