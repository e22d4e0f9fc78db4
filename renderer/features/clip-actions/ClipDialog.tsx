import { useEffect, useRef, useState } from 'react';
import type { ClipboardEvent, FormEvent } from 'react';
import { bookmarkDraft } from './bookmark';
import { clipSource, storeDraft } from './clip-flow';
import type { ClipOutcome, ClipProgress } from './clip-flow';
import { ClipOutcomeView } from './ClipOutcomeView';
import { preparePaste } from './sources';
import type { PreparedSource } from './sources';
import { useClipContext } from './useClipContext';

const PROGRESS_TEXT: Record<ClipProgress, string> = {
  fetching: 'Fetching page…',
  reading: 'Reading page…',
  extracting: 'Extracting article…',
  cleaning: 'Cleaning…',
  saving: 'Saving images…',
};

type Props = { open: boolean; initial?: PreparedSource | null; onClose: () => void; onClipped: (clipId: string) => void };

/**
 * One box for everything a user pastes: a link (fetched by the shell), an
 * article's HTML (taken from the clipboard when it has it) or plain text.
 */
export function ClipDialog({ open, initial, onClose, onClipped }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ctx = useClipContext();
  const [value, setValue] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ClipProgress>('reading');
  const running = useRef<AbortController | null>(null);
  const [outcome, setOutcome] = useState<ClipOutcome | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    if (open && initial) void run(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run only for a new initial source
  }, [open, initial]);

  async function run(source: PreparedSource, keepAsNewVersion = false) {
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setProgress('reading');
    setOutcome(null);
    const result = await clipSource(source, ctx, keepAsNewVersion, { signal: controller.signal, onProgress: setProgress });
    running.current = null;
    setBusy(false);
    setOutcome(result);
    if (result.status === 'clipped') {
      // Success opens the clip in the reader; the dialog's job is done.
      setValue('');
      setHtml(null);
      setOutcome(null);
      dialog.current?.close();
      onClipped(result.clip.id);
    }
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pastedHtml = event.clipboardData.getData('text/html');
    setHtml(pastedHtml.trim() ? pastedHtml : null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '' || busy) return;
    void run(preparePaste({ text: value, ...(html ? { html } : {}) }));
  }

  async function keepBookmark() {
    if (outcome?.status !== 'failed' || !outcome.bookmark) return;
    setOutcome(await storeDraft(bookmarkDraft(outcome.bookmark), { input: { kind: 'text', text: '' }, resources: [] }, ctx));
  }

  function keepNewVersion() {
    if (outcome?.status === 'duplicate') void run(outcome.source, true);
  }

  function clipAnyway() {
    if (outcome?.status === 'local-address') void run(outcome.source);
  }

  return (
    <dialog ref={dialog} className="clip-dialog" aria-labelledby="clip-dialog-title"
      onClose={() => {
        // Closing the dialog mid-clip (Close, Escape) stops the clip too.
        running.current?.abort();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="clip-dialog-title">Clip an article</h2>
        <label htmlFor="clip-input">Paste a link, or the article itself (text or copied from the page)</label>
        <textarea
          id="clip-input"
          value={value}
          rows={6}
          placeholder="https://… or the article’s text"
          onChange={(event) => {
            setValue(event.target.value);
            if (event.target.value === '') setHtml(null);
          }}
          onPaste={onPaste}
          autoFocus
        />
        {html ? <p className="muted">Formatted text from the page will be used.</p> : null}
        {busy ? (
          <p role="status" className="clip-progress">
            <progress /> {PROGRESS_TEXT[progress]}{' '}
            <button type="button" onClick={() => running.current?.abort()}>
              Cancel
            </button>
          </p>
        ) : null}
        {outcome ? (
          <ClipOutcomeView
            outcome={outcome}
            onKeepNewVersion={keepNewVersion}
            onKeepBookmark={() => void keepBookmark()}
            onClipAnyway={clipAnyway}
            onCancel={() => setOutcome(null)}
          />
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <button type="submit" className="primary" disabled={busy || value.trim() === ''}>
            Clip
          </button>
        </div>
      </form>
    </dialog>
  );
}
