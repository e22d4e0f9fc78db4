import { useCallback, useMemo, useState } from 'react';
import type { Anchor } from '../../../shared/anchor/anchor';
import type { Clip, Entity, EntityKind, Quote } from '../../../shared/model';
import { createEntity } from '../../db/entities';
import { restoreQuote } from '../../db/quotes';
import { Toast } from '../../ui/Toast';
import type { UndoToast } from '../../ui/Toast';
import { useLibraryDb } from '../library/library-db';
import { SuggestionsSection } from '../suggestions/SuggestionsSection';
import { QuoteCard } from './QuoteCard';
import './quotes.css';

type QuotePanelProps = {
  clip: Clip;
  quotes: readonly Quote[];
  anchors: ReadonlyMap<string, Anchor>;
  entities: readonly Entity[];
  activeQuoteId: string | null;
  onActivate: (quoteId: string) => void;
};

/** The clip's quotes as cards, in reading order; orphans (text no longer found) last, with their text. */
export function QuotePanel({ clip, quotes, anchors, entities, activeQuoteId, onActivate }: QuotePanelProps) {
  const db = useLibraryDb();
  // Quotes deleted while the toast shows join it: one Undo brings them all back.
  const [trashed, setTrashed] = useState<readonly string[]>([]);
  // When the toast ends (Undo done, or its time up), only the quotes it showed leave it: one deleted meanwhile keeps its own.
  const dismissToast = useCallback(() => setTrashed((ids) => ids.filter((id) => !trashed.includes(id))), [trashed]);
  const toast = useMemo<UndoToast | null>(
    () =>
      trashed.length === 0
        ? null
        : {
            message: trashed.length === 1 ? 'Quote moved to the trash' : `${trashed.length} quotes moved to the trash`,
            undo: async () => {
              for (const id of trashed) await restoreQuote(db, id);
            },
          },
    [db, trashed],
  );
  const onTrashed = useCallback((quoteId: string) => setTrashed((ids) => [...ids, quoteId]), []);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const createInline = async (name: string, kind: EntityKind) => (await createEntity(db, { name, kind })).id;
  const anchored = quotes.filter((q) => !anchors.get(q.id)?.orphaned);
  const orphans = quotes.filter((q) => anchors.get(q.id)?.orphaned);
  const card = (quote: Quote, orphaned: boolean) => (
    <QuoteCard
      key={quote.id}
      quote={quote}
      clip={clip}
      orphaned={orphaned}
      active={quote.id === activeQuoteId}
      entities={entities}
      entityById={entityById}
      onActivate={() => onActivate(quote.id)}
      onCreateEntity={createInline}
      onTrashed={onTrashed}
    />
  );

  return (
    <aside className="quote-panel" aria-label="Quotes">
      <h2>
        Quotes <span className="count">{quotes.length}</span>
      </h2>
      {quotes.length === 0 ? (
        <p className="muted">
          Select a passage in the article, then press <kbd>Q</kbd> or the Quote button.
        </p>
      ) : null}
      <ol className="quote-list">{anchored.map((q) => card(q, false))}</ol>
      {orphans.length > 0 ? (
        <>
          <h3>Not found in the text</h3>
          <ol className="quote-list">{orphans.map((q) => card(q, true))}</ol>
        </>
      ) : null}
      <SuggestionsSection clip={clip} quotes={quotes} anchors={anchors} entities={entities} onActivate={onActivate} />
      {/* Keyed by its quotes: a failed Undo's message gives way to the new count when another delete joins. */}
      {toast ? <Toast key={trashed.join()} toast={toast} onDone={dismissToast} /> : null}
    </aside>
  );
}
