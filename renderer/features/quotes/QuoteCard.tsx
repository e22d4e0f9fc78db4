import { QUOTE_DRAG_TYPE } from '../../../shared/notes/drag';
import { useState } from 'react';
import { QUOTE_COLOURS } from '../../../shared/model';
import type { Clip, Entity, EntityKind, Quote } from '../../../shared/model';
import { trashQuote, updateQuote } from '../../db/quotes';
import type { QuotePatch } from '../../db/quotes';
import { useLibraryDb } from '../library/library-db';
import { entityHref } from '../library/route';
import { CITATION_STYLES, citeQuote, copyCitation } from './citation-copy';
import type { CitationStyle } from './citation-copy';
import { EntityPicker } from './EntityPicker';
import { useCommentAutosave } from './useCommentAutosave';

type QuoteCardProps = {
  quote: Quote;
  clip: Clip;
  orphaned: boolean;
  active: boolean;
  entities: readonly Entity[];
  entityById: ReadonlyMap<string, Entity>;
  onActivate: () => void;
  onCreateEntity: (name: string, kind: EntityKind) => Promise<string>;
  /** The quote went to the trash; the card itself is gone by then, so its host offers the undo. */
  onTrashed: (quoteId: string) => void;
};

/** One quote: who said it, what it concerns, a comment and a colour; copyable as a citation. */
export function QuoteCard({ quote, clip, orphaned, active, entities, entityById, onActivate, onCreateEntity, onTrashed }: QuoteCardProps) {
  const db = useLibraryDb();
  const [status, setStatus] = useState<string | null>(null);
  const speaker = quote.speakerId ? entityById.get(quote.speakerId) : undefined;
  const tags = quote.entityIds.map((id) => entityById.get(id)).filter((e): e is Entity => e !== undefined);
  const fail = (error: unknown) => setStatus(error instanceof Error ? error.message : String(error));
  const save = (patch: QuotePatch) => updateQuote(db, quote.id, patch).catch(fail);
  // Trashing only marks the quote, so restoring it brings back its highlight, speaker, tags and comment unchanged.
  const comment = useCommentAutosave(quote.id, quote.comment, (text) => updateQuote(db, quote.id, { comment: text }).catch((error: unknown) => {
    fail(error);
    throw error;
  }));
  const remove = () => trashQuote(db, quote.id).then(() => onTrashed(quote.id), fail);
  const [style, setStyle] = useState<CitationStyle>('plain');
  const copy = async () => {
    try {
      await copyCitation(citeQuote(style, quote, clip, speaker));
      setStatus('Citation copied');
    } catch {
      setStatus('Copying was refused; select the quote text instead.');
    }
  };

  return (
    <li
      className={`quote-card colour-${quote.colour}${active ? ' active' : ''}`}
      data-quote-id={quote.id}
      aria-label={`Quote: ${quote.text.slice(0, 60)}`}
      draggable
      onDragStart={(event) => {
        // Dropped into a note, the quote is embedded as a block that keeps its link.
        event.dataTransfer.setData(QUOTE_DRAG_TYPE, quote.id);
        event.dataTransfer.setData('text/plain', quote.text);
        event.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <blockquote onClick={onActivate}>
        {orphaned ? <span className="badge orphan" title="Its text is no longer found in the article">orphaned</span> : null}
        {quote.text}
      </blockquote>
      <div className="quote-field">
        <span className="field-label">Speaker</span>
        {speaker ? (
          <span className="chip">
            <a href={entityHref(speaker.id)}>{speaker.name}</a>
            <button type="button" aria-label={`Remove speaker ${speaker.name}`} onClick={() => void save({ speakerId: null } satisfies QuotePatch)}>
              ×
            </button>
          </span>
        ) : (
          <EntityPicker label="Speaker" entities={entities} onPick={(id) => void save({ speakerId: id })} onCreate={onCreateEntity} defaultKind="person" />
        )}
      </div>
      <div className="quote-field">
        <span className="field-label">About</span>
        <span className="chips">
          {tags.map((tag) => (
            <span className="chip" key={tag.id}>
              <a href={entityHref(tag.id)}>{tag.name}</a>
              <button type="button" aria-label={`Untag ${tag.name}`} onClick={() => void save({ entityIds: quote.entityIds.filter((id) => id !== tag.id) })}>
                ×
              </button>
            </span>
          ))}
        </span>
        <EntityPicker
          label="Tag an actor or treaty"
          entities={entities}
          exclude={quote.entityIds}
          onPick={(id) => void save({ entityIds: [...quote.entityIds, id] })}
          onCreate={onCreateEntity}
          defaultKind="treaty"
        />
      </div>
      <textarea
        aria-label="Comment"
        placeholder="Comment"
        rows={2}
        value={comment.typed}
        onChange={(event) => comment.onType(event.target.value)}
        onBlur={comment.flush}
      />
      {comment.olderDraft ? (
        <p className="quote-status" role="status">
          An unsaved comment from an earlier session: “{comment.olderDraft.comment}”. The comment was changed since.{' '}
          <button type="button" onClick={comment.useOlderDraft}>
            Use it
          </button>{' '}
          <button type="button" onClick={comment.discardOlderDraft}>
            Discard it
          </button>
        </p>
      ) : null}
      <div className="quote-actions">
        <span className="swatches" role="radiogroup" aria-label="Colour">
          {QUOTE_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              role="radio"
              aria-checked={quote.colour === colour}
              aria-label={colour}
              className={`swatch colour-${colour}`}
              onClick={() => void save({ colour })}
            />
          ))}
        </span>
        <select aria-label="Citation style" value={style} onChange={(event) => setStyle(event.target.value as CitationStyle)}>
          {CITATION_STYLES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void copy()}>
          Copy citation
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {status ? (
        <p className="quote-status" role="status">
          {status}
        </p>
      ) : null}
    </li>
  );
}
