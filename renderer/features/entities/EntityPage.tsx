import { useState } from 'react';
import type { Entity } from '../../../shared/model';
import { getEntity, listEntities } from '../../db/entities';
import { liveValue, useLive } from '../library/library-db';
import { clipHref } from '../library/route';
import { formatDate } from '../reader/format-date';
import { ExportActions } from '../../export/ExportActions';
import { EntityActions } from './EntityActions';
import { EntityDetails } from './EntityDetails';
import { loadEntityLinks } from './entity-links';
import type { QuoteWithClip } from './entity-links';
import { EntityTimeline } from './EntityTimeline';
import { timelineOf } from './timeline';
import type { UndoToast } from '../../ui/Toast';
import { TreatyEditor } from './TreatyEditor';
import { TreatyFacts } from './TreatyFacts';

const LINK_TABLES = ['quotes', 'clips', 'mentions', 'notes', 'entities'] as const;

export function EntityPage({ entityId, onUndoable }: { entityId: string; onUndoable: (toast: UndoToast) => void }) {
  const entity = useLive((db) => getEntity(db, entityId), [entityId], ['entities']);
  const entities = liveValue(useLive((db) => listEntities(db), [], ['entities']), []);
  const links = useLive((db) => loadEntityLinks(db, entityId), [entityId], LINK_TABLES);
  if (entity.status === 'loading') return <p className="loading">Loading…</p>;
  if (entity.status === 'error') return <p role="alert">This entry could not be read: {entity.message}</p>;
  const found = entity.value;
  if (!found || found.deletedAt !== null) {
    return (
      <section className="panel">
        <h1>Not in the catalog</h1>
        <p>This entry was deleted or merged into another. <a href="#/entities">Back to Entities</a></p>
      </section>
    );
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const value = links.status === 'ready' ? links.value : null;
  const { items, undated } = timelineOf(found, value ? [...value.spoken, ...value.tagged] : []);

  return (
    <article className="entity-page">
      <header className="place-header entity-header">
        <div>
          <a className="reader-back" href="#/entities">← Entities</a>
          <h1>{found.name}</h1>
          <span className={`kind-badge kind-${found.kind}`}>{found.kind}</span>
          {found.origin.type === 'gazetteer' ? <span className="muted small"> from the starter catalog</span> : null}
        </div>
        <EntityActions entity={found} entities={entities} onUndoable={onUndoable} />
      </header>
      <div className="entity-export">
        <ExportActions selection={{ kind: 'entity', id: found.id }} formats={['markdown', 'html', 'json']} />
      </div>
      <div className="entity-body">
        <div className="entity-main">
          <section className="panel" aria-label="Timeline section">
            <h2>Timeline</h2>
            <EntityTimeline items={items} undated={undated} />
          </section>
          {value ? <LinkSections entity={found} links={value} entityById={entityById} /> : <p className="loading">Loading links…</p>}
        </div>
        <aside className="entity-side" aria-label="About this entry">
          <EntityDetails key={found.id} entity={found} />
          {found.kind === 'treaty' || found.treaty ? <TreatyPanel entity={found} entities={entities} entityById={entityById} /> : null}
        </aside>
      </div>
    </article>
  );
}

function TreatyPanel({ entity, entities, entityById }: { entity: Entity; entities: readonly Entity[]; entityById: ReadonlyMap<string, Entity> }) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel" aria-label="Treaty">
      <h2 className="panel-title">
        Treaty
        {!editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {entity.treaty ? 'Edit' : 'Add treaty details'}
          </button>
        ) : null}
      </h2>
      {editing ? (
        <TreatyEditor entity={entity} entities={entities} onDone={() => setEditing(false)} />
      ) : entity.treaty ? (
        <TreatyFacts treaty={entity.treaty} entityById={entityById} />
      ) : (
        <p className="muted">No dates or parties yet.</p>
      )}
    </section>
  );
}

function LinkSections({ entity, links, entityById }: { entity: Entity; links: Awaited<ReturnType<typeof loadEntityLinks>>; entityById: ReadonlyMap<string, Entity> }) {
  return (
    <>
      {entity.kind !== 'treaty' || links.spoken.length > 0 ? <QuoteSection title={`Said by ${entity.name}`} quotes={links.spoken} entityById={entityById} /> : null}
      <QuoteSection title="Quotes about it" quotes={links.tagged} entityById={entityById} />
      <LinkSection
        title="Clips that mention it"
        links={links.clips.map((clip) => ({ key: clip.id, href: clipHref(clip.id), label: clip.title, detail: clip.siteName }))}
      />
      <LinkSection
        title="Notes that link it"
        links={links.notes.map((note) => ({ key: note.id, href: `#/notes/${encodeURIComponent(note.id)}`, label: note.title || 'Untitled note' }))}
      />
    </>
  );
}

/** A titled list of links to what names the entity, or "None yet." */
function LinkSection({ title, links }: { title: string; links: { key: string; href: string; label: string; detail?: string }[] }) {
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      {links.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul className="plain-list">
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href}>{link.label}</a>
            {link.detail === undefined ? null : <> <span className="muted">{link.detail}</span></>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuoteSection({ title, quotes, entityById }: { title: string; quotes: QuoteWithClip[]; entityById: ReadonlyMap<string, Entity> }) {
  return (
    <section className="panel" aria-label={title}>
      <h2>
        {title} <span className="count">{quotes.length}</span>
      </h2>
      {quotes.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul className="entity-quotes">
        {quotes.map(({ quote, clip }) => (
          <li key={quote.id} className={`colour-${quote.colour}`}>
            <a href={clipHref(clip.id, quote.id)} className="entity-quote-text">“{quote.text}”</a>
            <span className="muted small">
              {[quote.speakerId ? entityById.get(quote.speakerId)?.name : null, clip.title, clip.siteName, formatDate(clip.publishedAt)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
