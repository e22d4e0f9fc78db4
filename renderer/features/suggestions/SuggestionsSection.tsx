import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Anchor } from '../../../shared/anchor/anchor';
import type { Clip, Entity, Mention, Quote } from '../../../shared/model';
import type { Candidate, QuoteSuggestion } from '../../../shared/suggest';
import { createEntity } from '../../db/entities';
import { listMentionsOfClip, setMentionStatus } from '../../db/mentions';
import { liveValue, useLibraryDb, useLive } from '../library/library-db';
import { CandidateChips } from './CandidateChips';
import { MentionChips } from './MentionChips';
import { useReaderSuggestionsContext } from './reader-suggestions';
import { acceptQuoteSuggestion, pendingMentionGroups, rejectQuoteSuggestion } from './store';
import { SuggestedQuotes } from './SuggestedQuotes';
import './suggestions.css';

type Props = {
  clip: Clip;
  /** The reader's quotes and anchors; the suggestions it shares through its context already account for them. */
  quotes?: readonly Quote[];
  anchors?: ReadonlyMap<string, Anchor>;
  entities: readonly Entity[];
  onActivate: (quoteId: string) => void;
};

/** The speaker/tag picker of a just-accepted quote's card, once React has rendered it. */
function focusCard(quoteId: string, tries = 20): void {
  const input = document.querySelector<HTMLElement>(`.quote-card[data-quote-id="${CSS.escape(quoteId)}"] input`);
  if (input) input.focus();
  else if (tries > 0) setTimeout(() => focusCard(quoteId, tries - 1), 50);
}

function Shell({ children, announcement = '' }: { children: ReactNode; announcement?: string }) {
  return (
    <section className="suggestions" aria-label="Suggestions">
      <h3>Suggestions</h3>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {children}
    </section>
  );
}

/** The reader's suggestions: quotes found in the clip, catalog entries it names, and names worth adding. */
export function SuggestionsSection({ clip, entities, onActivate }: Props) {
  const db = useLibraryDb();
  const { state, rejected, pending, focus, setFocus, showInText } = useReaderSuggestionsContext();
  const mentions = liveValue(useLive((d) => listMentionsOfClip(d, clip.id), [clip.id], ['mentions']), [] as Mention[]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const entityById = new Map(entities.map((e) => [e.id, e]));

  /** Runs a decision; false when it failed (the message is shown). */
  const run = async (what: string, action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(`${what} failed: ${failure instanceof Error ? failure.message : String(failure)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'working' || rejected === null) {
    return (
      <Shell>
        <p className="suggestions-progress" role="status" aria-busy="true">
          <span className="spinner" aria-hidden="true" /> Looking for quotes…
        </p>
      </Shell>
    );
  }
  if (state.status === 'error') return <Shell><p role="alert">Suggestions are unavailable: {state.message}</p></Shell>;

  const speakerNames = state.suggestions.quotes.flatMap((s) => (s.speaker ? [s.speaker.name] : []));
  const accept = (s: QuoteSuggestion) => run('Accepting the quote', async () => void (await acceptQuoteSuggestion(db, clip, s, speakerNames)));
  const edit = (s: QuoteSuggestion) =>
    void run('Accepting the quote', async () => {
      const quote = await acceptQuoteSuggestion(db, clip, s, speakerNames);
      onActivate(quote.id);
      focusCard(quote.id);
    });
  const reject = (s: QuoteSuggestion) => run('Rejecting the suggestion', () => rejectQuoteSuggestion(db, clip.id, s));
  const acceptAll = () =>
    void run('Accepting the quotes', async () => {
      for (const s of pending) await acceptQuoteSuggestion(db, clip, s, speakerNames);
    });
  const decide = (list: Mention[], status: 'accepted' | 'rejected') =>
    void run('Saving the mention', async () => {
      for (const m of list) await setMentionStatus(db, m.id, status);
    });
  const addCandidate = (c: Candidate) => void run('Adding to the catalog', async () => void (await createEntity(db, { name: c.name, kind: c.kind })));

  return (
    <Shell announcement={announcement}>
      {error ? <p role="alert" className="error-text">{error}</p> : null}
      {state.suggestions.quotes.length === 0 ? (
        <p className="muted suggestions-empty">No quotes found in this article.</p>
      ) : (
        <SuggestedQuotes
          suggestions={pending}
          entityById={entityById}
          busy={busy}
          focus={focus}
          onFocus={setFocus}
          onShowInText={showInText}
          onAccept={accept}
          onEdit={edit}
          onReject={reject}
          onAcceptAll={acceptAll}
          announce={setAnnouncement}
        />
      )}
      <MentionChips groups={pendingMentionGroups(mentions)} entityById={entityById} busy={busy} onDecide={decide} />
      <CandidateChips candidates={state.suggestions.candidates} busy={busy} onAdd={addCandidate} />
    </Shell>
  );
}
