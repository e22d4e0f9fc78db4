import { useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Clip } from '../../../shared/model';
import { formatDate } from '../reader/format-date';
import { useTrashClips } from './clip-trash';
import { clipHref } from './route';
import { useClipSelection } from './useClipSelection';
import type { ClipSelection } from './useClipSelection';
import './library.css';

const STATE_LABEL = { unread: 'Unread', read: 'Read', archived: 'Archived' } as const;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The clips, each with a checkbox; Shift/Ctrl-click, Ctrl/Cmd+A and Delete act on the selection. */
export function ClipList({ clips }: { clips: readonly Clip[] }) {
  const ids = useMemo(() => clips.map((clip) => clip.id), [clips]);
  const selection = useClipSelection(ids);
  const trash = useTrashClips();
  const list = useRef<HTMLUListElement>(null);
  const [error, setError] = useState<string | null>(null);

  async function trashSome(chosen: readonly Clip[]) {
    if (chosen.length === 0) return;
    const next = neighbourOf(clips, chosen);
    const failure = await trash(chosen);
    setError(failure);
    if (failure) return;
    selection.clear();
    // Focus goes to the clip after the trashed ones, so Delete can go on down the list.
    if (next) list.current?.querySelector<HTMLElement>(`[data-clip-id="${CSS.escape(next.id)}"] .clip-link`)?.focus();
  }
  const trashSelected = () => trashSome(clips.filter((clip) => selection.selected.has(clip.id)));

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        selection.selectAll();
      } else if (event.key === 'Escape' && selection.selected.size > 0) {
        selection.clear();
      } else if (event.key === 'Delete' || (isMac && mod && event.key === 'Backspace')) {
        const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-clip-id]') : null;
        const focused = row && list.current?.contains(row) ? clips.filter((clip) => clip.id === row.dataset.clipId) : [];
        const chosen = selection.selected.size > 0 ? clips.filter((clip) => selection.selected.has(clip.id)) : focused;
        if (chosen.length === 0) return;
        event.preventDefault();
        void trashSome(chosen);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  const count = selection.selected.size;
  return (
    <>
      {count > 0 ? (
        <div className="selection-bar" role="toolbar" aria-label="Selected clips">
          <span>{count} selected</span>
          <button type="button" className="danger" onClick={() => void trashSelected()}>
            Move to trash ({count})
          </button>
          {count < clips.length ? (
            <button type="button" onClick={selection.selectAll}>
              Select all {clips.length}
            </button>
          ) : null}
          <button type="button" onClick={selection.clear}>
            Clear selection
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <ul ref={list} className="clip-list" aria-label="Clips">
        {clips.map((clip) => (
          <ClipRow key={clip.id} clip={clip} selected={selection.selected.has(clip.id)} selection={selection} />
        ))}
      </ul>
    </>
  );
}

function ClipRow({ clip, selected, selection }: { clip: Clip; selected: boolean; selection: ClipSelection }) {
  const title = clip.title || 'Untitled clip';
  const pick = (event: MouseEvent) => (event.shiftKey ? selection.extend(clip.id) : selection.toggle(clip.id));
  return (
    <li data-clip-id={clip.id} className={`clip-row state-${clip.readState}${selected ? ' selected' : ''}`}>
      <input type="checkbox" className="clip-check" aria-label={`Select “${title}”`} checked={selected} onChange={() => undefined} onClick={pick} />
      <a
        href={clipHref(clip.id)}
        className="clip-link"
        onClick={(event) => {
          // With a modifier the click selects, as in a file manager, instead of opening the clip.
          if (!event.shiftKey && !event.ctrlKey && !event.metaKey) return;
          event.preventDefault();
          pick(event);
        }}
      >
        <span className="clip-title">{title}</span>
        <span className="clip-meta">
          {[clip.siteName, formatDate(clip.publishedAt), `${clip.wordCount.toLocaleString()} words`].filter(Boolean).join(' · ')}
          <span className={`read-state ${clip.readState}`}>{STATE_LABEL[clip.readState]}</span>
          {clip.source === 'demo' ? <span className="read-state">Demo</span> : null}
        </span>
        {clip.excerpt ? <span className="clip-excerpt">{clip.excerpt}</span> : null}
      </a>
    </li>
  );
}

/** The clip the focus moves to once `chosen` leave the list: the next one after them, else the one before. */
function neighbourOf(clips: readonly Clip[], chosen: readonly Clip[]): Clip | undefined {
  const gone = new Set(chosen.map((clip) => clip.id));
  const last = Math.max(...chosen.map((clip) => clips.indexOf(clip)));
  return clips.slice(last + 1).find((clip) => !gone.has(clip.id)) ?? clips.slice(0, last).reverse().find((clip) => !gone.has(clip.id));
}

/** Typing in a field keeps its own Delete and Ctrl+A; a checkbox is not typing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox';
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}
