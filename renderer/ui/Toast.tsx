import { useEffect, useState } from 'react';
import './Toast.css';

export type UndoToast = { message: string; undo: () => Promise<void> };

const SHOW_MS = 10_000;

/** A passing notice with an Undo button; gone after a few seconds or once used. */
export function Toast({ toast, onDone }: { toast: UndoToast; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(onDone, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, onDone]);
  return (
    <div className="toast" role="status">
      <span>{error ?? toast.message}</span>
      <button
        type="button"
        onClick={() =>
          toast.undo().then(onDone, (failure: unknown) => setError(`Undo failed: ${failure instanceof Error ? failure.message : String(failure)}`))
        }
      >
        Undo
      </button>
    </div>
  );
}
