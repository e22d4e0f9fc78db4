import { useEffect, useState } from 'react';
import { onStorageError, type StorageError } from '../../db/durability';

/** Shows every failed save, saying what was not saved; mount once in the app frame. */
export function StorageErrorToast() {
  const [errors, setErrors] = useState<StorageError[]>([]);
  useEffect(() => onStorageError((error) => setErrors((shown) => [...shown.slice(-2), error])), []);
  if (errors.length === 0) return null;
  return (
    <div className="storage-errors" role="alert">
      {errors.map((error, i) => (
        <p key={i}>{error.message}</p>
      ))}
      <button type="button" onClick={() => setErrors([])}>
        Dismiss
      </button>
    </div>
  );
}
