import { useEffect, useRef } from 'react';
import { eventRow } from './treaty-dates';
import type { EventProblem, EventRow } from './treaty-dates';

type Props = {
  rows: readonly EventRow[];
  onChange: (rows: EventRow[]) => void;
  /** The row and field the last save refused, marked invalid and focused. */
  problem: EventProblem | null;
  errorId: string;
};

/** A treaty's dated events (suspension, extension...) as rows of date and label, each removable. */
export function TreatyEventsField({ rows, onChange, problem, errorId }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after the render an add or remove causes; the clicked control may be gone.
  const focusNext = useRef<{ row: number } | 'add' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else if (target) list.current?.querySelectorAll<HTMLInputElement>('input[data-field=date]')[target.row]?.focus();
  }, [rows]);
  useEffect(() => {
    if (problem) list.current?.querySelectorAll<HTMLInputElement>(`input[data-field=${problem.field}]`)[problem.row]?.focus();
  }, [problem]);

  const edit = (index: number, patch: Partial<EventRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    focusNext.current = { row: rows.length };
    onChange([...rows, eventRow()]);
  };
  const remove = (index: number) => {
    focusNext.current = rows.length > 1 ? { row: Math.min(index, rows.length - 2) } : 'add';
    onChange(rows.filter((_, i) => i !== index));
  };
  const invalid = (index: number, field: EventProblem['field']) => problem?.row === index && problem.field === field;

  return (
    <fieldset className="treaty-events">
      <legend className="field-label">Events</legend>
      {rows.length === 0 ? <p className="muted small">None yet: add a suspension, an extension or a withdrawal.</p> : null}
      <ol ref={list} aria-label="Events">
        {rows.map((row, index) => (
          <li key={row.key}>
            <input
              type="text"
              data-field="date"
              aria-label={`Date of event ${index + 1}`}
              placeholder="YYYY-MM-DD"
              value={row.date}
              aria-invalid={invalid(index, 'date') || undefined}
              aria-describedby={invalid(index, 'date') ? errorId : undefined}
              onChange={(e) => edit(index, { date: e.target.value })}
            />
            <input
              type="text"
              data-field="label"
              aria-label={`What happened (event ${index + 1})`}
              placeholder="What happened"
              value={row.label}
              aria-invalid={invalid(index, 'label') || undefined}
              aria-describedby={invalid(index, 'label') ? errorId : undefined}
              onChange={(e) => edit(index, { label: e.target.value })}
            />
            <button type="button" aria-label={`Remove event ${row.date.trim() || index + 1}`} onClick={() => remove(index)}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" ref={addButton} onClick={add}>
        Add event
      </button>
    </fieldset>
  );
}
