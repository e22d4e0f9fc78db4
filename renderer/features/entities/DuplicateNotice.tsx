import type { Entity } from '../../../shared/model';
import { entityHref } from '../library/route';
import type { NameMatch } from '../quotes/entity-search';

type DuplicateNoticeProps = {
  matches: readonly NameMatch<Entity>[];
  onAddAnyway: () => void;
  onCancel: () => void;
};

/**
 * Stops a second entry for a name already in the catalog, pointing at the one
 * there; "Add anyway" stays, since two different people can share a name.
 */
export function DuplicateNotice({ matches, onAddAnyway, onCancel }: DuplicateNoticeProps) {
  return (
    <div className="duplicate-notice" role="alert">
      {matches.map(({ entity, matched }) => (
        <p key={entity.id}>
          {entity.name} already exists ({entity.kind}){matched === entity.name ? '' : `, also known as “${matched}”`}.{' '}
          <a href={entityHref(entity.id)}>Open {entity.name}</a>
        </p>
      ))}
      <div className="duplicate-actions">
        <button type="button" onClick={onAddAnyway}>Add anyway</button>
        <button type="button" className="link" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}
