import type { Entity, Id, Mention } from '../../../shared/model';

type Props = {
  groups: readonly { entityId: Id; mentions: Mention[] }[];
  entityById: ReadonlyMap<string, Entity>;
  busy: boolean;
  onDecide: (mentions: Mention[], status: 'accepted' | 'rejected') => void;
};

/** Catalog entries the clip names, one chip per entry ("INF Treaty ×3"), to confirm or dismiss. */
export function MentionChips({ groups, entityById, busy, onDecide }: Props) {
  if (groups.length === 0) return null;
  return (
    <ul className="mention-chips" aria-label="Suggested mentions">
      {groups.map(({ entityId, mentions }) => {
        const name = entityById.get(entityId)?.name ?? mentions[0]!.text;
        return (
          <li key={entityId} className="chip suggested-mention">
            <span>
              {name}
              {mentions.length > 1 ? ` ×${mentions.length}` : ''}
            </span>
            <button type="button" disabled={busy} aria-label={`Accept mention ${name}`} onClick={() => onDecide(mentions, 'accepted')}>
              ✓
            </button>
            <button type="button" disabled={busy} aria-label={`Reject mention ${name}`} onClick={() => onDecide(mentions, 'rejected')}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
