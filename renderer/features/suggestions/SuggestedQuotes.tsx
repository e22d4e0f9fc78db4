import type { Entity } from '../../../shared/model';
import type { QuoteSuggestion } from '../../../shared/suggest';

type Props = {
  suggestions: readonly QuoteSuggestion[];
  entityById: ReadonlyMap<string, Entity>;
  busy: boolean;
  onAccept: (s: QuoteSuggestion) => void;
  onEdit: (s: QuoteSuggestion) => void;
  onReject: (s: QuoteSuggestion) => void;
  onAcceptAll: () => void;
};

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** Quotes the finder saw, not yet in the library: one click to keep, edit or dismiss. */
export function SuggestedQuotes({ suggestions, entityById, busy, onAccept, onEdit, onReject, onAcceptAll }: Props) {
  if (suggestions.length === 0) return <p className="muted">No quotes to suggest.</p>;
  return (
    <>
      <div className="suggestion-bar">
        <span>
          {suggestions.length} suggested {suggestions.length === 1 ? 'quote' : 'quotes'}
        </span>
        <button type="button" disabled={busy} onClick={onAcceptAll}>
          Accept all
        </button>
      </div>
      <ol className="suggested-quotes">
        {suggestions.map((s) => {
          const speaker = s.speakerEntityId ? entityById.get(s.speakerEntityId)?.name : s.speaker?.name;
          return (
            <li key={`${s.start}:${s.end}`} className="suggested-quote" aria-label={`Suggested quote: ${s.text.slice(0, 60)}`}>
              <blockquote>{s.text}</blockquote>
              <p className="suggested-meta">
                <span className="suggested-speaker">{speaker ? `${speaker}${s.speakerEntityId ? '' : ' (new)'}` : 'Speaker unknown'}</span>
                <span className="confidence" title="How sure the finder is">
                  {percent(s.confidence)}
                </span>
              </p>
              <div className="suggestion-actions">
                <button type="button" disabled={busy} onClick={() => onAccept(s)}>
                  Accept
                </button>
                <button type="button" disabled={busy} onClick={() => onEdit(s)}>
                  Edit
                </button>
                <button type="button" disabled={busy} onClick={() => onReject(s)}>
                  Reject
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
