import { useState } from 'react';
import type { Anchor } from '../../../shared/anchor/anchor';
import type { Clip, Entity, Mention, Quote } from '../../../shared/model';
import type { Candidate, QuoteSuggestion } from '../../../shared/suggest';
import { createEntity, listEntities } from '../../db/entities';
import { listMentionsOfClip, setMentionStatus } from '../../db/mentions';
import { liveValue, useLibraryDb, useLive } from '../library/library-db';
import { CandidateChips } from './CandidateChips';
import { MentionChips } from './MentionChips';
import { acceptQuoteSuggestion, listRejectedQuotes, pendingMentionGroups, rejectQuoteSuggestion, sameQuote } from './store';
import { SuggestedQuotes } from './SuggestedQuotes';
import { useSuggestions } from './useSuggestions';
import './suggestions.css';

type Props = {
  clip: Clip;
  quotes: readonly Quote[];
  anchors: ReadonlyMap<string, Anchor>;
  entities: readonly Entity[];
  onActivate: (quoteId: string) => void;
};

/** A suggestion is already taken when a stored quote covers most of it. */
function alreadyQuoted(s: QuoteSuggestion, quotes: readonly Quote[], anchors: ReadonlyMap<string, Anchor>): boolean {
  return quotes.some((q) => {
    const a = anchors.get(q.id);
    if (!a || a.orphaned) return q.text === s.text;
    const overlap = Math.min(a.end, s.end) - Math.max(a.start, s.start);
    return overlap > (s.end - s.start) / 2;
  });
}

/** The speaker/tag picker of a just-accepted quote's card, once React has rendered it. */
function focusCard(quoteId: string, tries = 20): void {
  const input = document.querySelector<HTMLElement>(`.quote-card[data-quote-id="${CSS.escape(quoteId)}"] input`);
  if (input) input.focus();
  else if (tries > 0) setTimeout(() => focusCard(quoteId, tries - 1), 50);
}

/** The reader's suggestions: quotes found in the clip, catalog entries it names, and names worth adding. */
export function SuggestionsSection({ clip, quotes, anchors, entities, onActivate }: Props) {
  const db = useLibraryDb();
  // The catalog as loaded (not the panel's empty list while loading), so the worker runs once per real version.
  const catalog = useLive((d) => listEntities(d), [], ['entities']);
  const state = useSuggestions(clip, catalog.status === 'ready' ? catalog.value : null);
  const rejected = liveValue(useLive((d) => listRejectedQuotes(d, clip.id), [clip.id], ['settings']), null);
  const mentions = liveValue(useLive((d) => listMentionsOfClip(d, clip.id), [clip.id], ['mentions']), [] as Mention[]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const run = async (what: string, action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(`${what} failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'working' || rejected === null) return <section className="suggestions"><h3>Suggestions</h3><p className="muted">Looking for quotes…</p></section>;
  if (state.status === 'error') return <section className="suggestions"><h3>Suggestions</h3><p role="alert">Suggestions are unavailable: {state.message}</p></section>;

  const pending = state.suggestions.quotes.filter((s) => !rejected.some((r) => sameQuote(r, s)) && !alreadyQuoted(s, quotes, anchors));
  const speakerNames = state.suggestions.quotes.flatMap((s) => (s.speaker ? [s.speaker.name] : []));
  const accept = (s: QuoteSuggestion) => run('Accepting the quote', async () => void (await acceptQuoteSuggestion(db, clip, s, speakerNames)));
  const edit = (s: QuoteSuggestion) =>
    run('Accepting the quote', async () => {
      const quote = await acceptQuoteSuggestion(db, clip, s, speakerNames);
      onActivate(quote.id);
      focusCard(quote.id);
    });
  const reject = (s: QuoteSuggestion) => run('Rejecting the suggestion', () => rejectQuoteSuggestion(db, clip.id, s));
  const acceptAll = () =>
    run('Accepting the quotes', async () => {
      for (const s of pending) await acceptQuoteSuggestion(db, clip, s, speakerNames);
    });
  const decide = (list: Mention[], status: 'accepted' | 'rejected') =>
    run('Saving the mention', async () => {
      for (const m of list) await setMentionStatus(db, m.id, status);
    });
  const addCandidate = (c: Candidate) => run('Adding to the catalog', async () => void (await createEntity(db, { name: c.name, kind: c.kind })));

  return (
    <section className="suggestions" aria-label="Suggestions">
      <h3>Suggestions</h3>
      {error ? <p role="alert" className="error-text">{error}</p> : null}
      <SuggestedQuotes suggestions={pending} entityById={entityById} busy={busy} onAccept={accept} onEdit={edit} onReject={reject} onAcceptAll={acceptAll} />
      <MentionChips groups={pendingMentionGroups(mentions)} entityById={entityById} busy={busy} onDecide={decide} />
      <CandidateChips candidates={state.suggestions.candidates} busy={busy} onAdd={addCandidate} />
    </section>
  );
}
