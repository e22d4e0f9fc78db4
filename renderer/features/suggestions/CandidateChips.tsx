import type { Candidate } from '../../../shared/suggest';

type Props = { candidates: readonly Candidate[]; busy: boolean; onAdd: (c: Candidate) => void };

/** Names the catalog lacks, with the kind their cue gave away, to add in one click. */
export function CandidateChips({ candidates, busy, onAdd }: Props) {
  if (candidates.length === 0) return null;
  return (
    <div className="candidate-chips">
      <span className="field-label">Add to catalog?</span>
      <ul>
        {candidates.map((c) => (
          <li key={`${c.kind}:${c.name}`}>
            <button type="button" className="chip" disabled={busy} title={`From “${c.cue}”, ${c.occurrences}× in the text`} onClick={() => onAdd(c)}>
              + {c.name} <span className="muted">({c.kind})</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
