import type { ReactNode } from 'react';
import type { Highlight } from '../../../shared/search/types';

/** Text with the hit ranges wrapped in <mark>. */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
