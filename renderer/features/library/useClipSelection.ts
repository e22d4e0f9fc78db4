import { useCallback, useMemo, useState } from 'react';

export type ClipSelection = {
  selected: ReadonlySet<string>;
  /** A plain click on a checkbox, or Ctrl/Cmd-click on a row: one clip in or out. */
  toggle: (id: string) => void;
  /** Shift-click: every clip from the last one clicked to this one joins. */
  extend: (id: string) => void;
  selectAll: () => void;
  clear: () => void;
};

/**
 * Which of `ids` (the list, in its order) are selected. Clips that leave the
 * list (trashed, here or in another window) leave the selection with them.
 */
export function useClipSelection(ids: readonly string[]): ClipSelection {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const selected = useMemo(() => new Set(ids.filter((id) => chosen.has(id))), [ids, chosen]);

  const toggle = useCallback((id: string) => {
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
    setAnchor(id);
  }, []);
  const extend = useCallback(
    (id: string) => {
      const from = anchor === null ? -1 : ids.indexOf(anchor);
      const to = ids.indexOf(id);
      if (from === -1 || to === -1) return toggle(id);
      const [low, high] = from < to ? [from, to] : [to, from];
      setChosen((current) => new Set([...current, ...ids.slice(low, high + 1)]));
    },
    [anchor, ids, toggle],
  );
  const selectAll = useCallback(() => setChosen(new Set(ids)), [ids]);
  const clear = useCallback(() => setChosen(new Set()), []);
  return { selected, toggle, extend, selectAll, clear };
}
