import { useId, useState } from 'react';
import type { Entity, TreatyInfo, TreatyStatus } from '../../../shared/model';
import { updateEntity } from '../../db/entities';
import { useLibraryDb } from '../library/library-db';
import { EntityPicker } from '../quotes/EntityPicker';
import { checkEvents, eventRow, isTreatyDate, notADate } from './treaty-dates';
import type { EventProblem, EventRow } from './treaty-dates';
import { TreatyEventsField } from './TreatyEventsField';
import { STATUS_LABEL } from './TreatyFacts';

export const EMPTY_TREATY: TreatyInfo = { abbreviation: '', signed: null, inForce: null, ended: null, status: 'not-in-force', events: [], partyIds: [] };

/** Edits a treaty's abbreviation, status, dates, events and parties; dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD). */
export function TreatyEditor({ entity, entities, onDone }: { entity: Entity; entities: readonly Entity[]; onDone: () => void }) {
  const db = useLibraryDb();
  const [draft, setDraft] = useState<TreatyInfo>(entity.treaty ?? EMPTY_TREATY);
  const [eventRows, setEventRows] = useState<EventRow[]>(() => (entity.treaty?.events ?? []).map((event) => eventRow(event)));
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<EventProblem | null>(null);
  const errorId = useId();
  const set = (patch: Partial<TreatyInfo>) => setDraft((d) => ({ ...d, ...patch }));
  const dateField = (key: 'signed' | 'inForce' | 'ended', label: string) => (
    <label className="inline-field">
      <span className="field-label">{label}</span>
      <input type="text" placeholder="YYYY-MM-DD" value={draft[key] ?? ''} onChange={(e) => set({ [key]: e.target.value.trim() || null })} />
    </label>
  );
  const save = () => {
    const bad = (['signed', 'inForce', 'ended'] as const).find((key) => draft[key] !== null && !isTreatyDate(draft[key]!));
    setProblem(null);
    if (bad) return setError(notADate(draft[bad]!));
    const checked = checkEvents(eventRows);
    if ('problem' in checked) return (setProblem(checked.problem), setError(checked.problem.message));
    updateEntity(db, entity.id, { treaty: { ...draft, events: checked.events } }).then(onDone, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };
  const parties = draft.partyIds.map((id) => entities.find((e) => e.id === id)).filter((e): e is Entity => e !== undefined);

  return (
    <form className="treaty-editor" aria-label="Edit the treaty" onSubmit={(e) => (e.preventDefault(), save())}>
      <label className="inline-field">
        <span className="field-label">Abbreviation</span>
        <input type="text" value={draft.abbreviation} onChange={(e) => set({ abbreviation: e.target.value })} />
      </label>
      <label className="inline-field">
        <span className="field-label">Status</span>
        <select value={draft.status} onChange={(e) => set({ status: e.target.value as TreatyStatus })}>
          {Object.entries(STATUS_LABEL).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      {dateField('signed', 'Signed')}
      {dateField('inForce', 'In force')}
      {dateField('ended', 'Ended')}
      <TreatyEventsField rows={eventRows} onChange={setEventRows} problem={problem} errorId={errorId} />
      <div className="inline-field">
        <span className="field-label">Parties</span>
        <ul className="alias-list" aria-label="Parties">
          {parties.map((party) => (
            <li className="chip" key={party.id}>
              {party.name}
              <button type="button" aria-label={`Remove party ${party.name}`} onClick={() => set({ partyIds: draft.partyIds.filter((id) => id !== party.id) })}>×</button>
            </li>
          ))}
        </ul>
        <EntityPicker
          label="Add a party"
          entities={entities.filter((e) => e.kind === 'state' || e.kind === 'organization')}
          exclude={draft.partyIds}
          onPick={(id) => set({ partyIds: [...draft.partyIds, id] })}
          onCreate={() => Promise.reject(new Error('Add the state to the catalog first, then pick it here.'))}
          defaultKind="state"
        />
      </div>
      {error ? <p role="alert" id={errorId} className="error-text">{error}</p> : null}
      <div className="inline-form">
        <button type="submit" className="primary">Save</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
