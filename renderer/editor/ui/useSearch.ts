import { useEffect, useState } from 'react';

/** Runs `search(query)` as the query changes, keeping only the latest answer. */
export function useSearch<T>(query: string | null, search: (query: string) => Promise<T[]>): T[] {
  const [results, setResults] = useState<T[]>([]);
  useEffect(() => {
    if (query === null) return;
    let current = true;
    search(query).then(
      (found) => current && setResults(found),
      () => current && setResults([]),
    );
    return () => {
      current = false;
    };
  }, [query, search]);
  return results;
}
