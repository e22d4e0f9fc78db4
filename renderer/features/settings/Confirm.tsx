import type { ReactNode } from 'react';

/** An inline "are you sure" for destructive actions: the question, and two buttons. */
export function Confirm({ children, action, onConfirm, onCancel }: { children: ReactNode; action: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="settings-confirm" role="alertdialog" aria-label={action}>
      <p>{children}</p>
      <div className="gate-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {action}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
