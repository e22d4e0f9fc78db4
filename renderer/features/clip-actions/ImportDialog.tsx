import { useEffect, useRef } from 'react';
import { clipHref } from '../library/route';
import type { FileResult, ImportProgress } from './bulk-import';
import { imagesNotDownloaded, imagesRepaired } from './image-notes';

type Props = { progress: ImportProgress | null; running: boolean; onCancel: () => void; onClose: () => void };

const LABEL: Record<FileResult['status'], string> = { clipped: 'Clipped', duplicate: 'Already in library', failed: 'Failed', earlier: 'Imported before' };

/** The row's word on images: those not downloaded, or those a re-import completed. */
function ImagesNote({ result }: { result: FileResult }) {
  const note =
    result.status === 'clipped' && result.missingImages > 0
      ? imagesNotDownloaded(result.missingImages)
      : result.status === 'duplicate'
        ? imagesRepaired(result.repairedImages, result.missingImages)
        : null;
  return note ? <span className="import-warning import-images">{note}</span> : null;
}

/** Bulk import: a progress bar, each file's result as it lands, and Cancel. */
export function ImportDialog({ progress, running, onCancel, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (progress && element && !element.open) element.showModal();
  }, [progress]);
  if (!progress) return null;

  const counts = { clipped: 0, duplicate: 0, failed: 0, earlier: 0 };
  for (const result of progress.results) counts[result.status] += 1;

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      onCancel={(event) => {
        if (running) {
          event.preventDefault();
          onCancel();
        }
      }}
      onClose={onClose}
    >
      <h2 id="import-title">Importing {progress.total} file{progress.total === 1 ? '' : 's'}</h2>
      <progress max={progress.total} value={progress.done} aria-label="Import progress" />
      <p role="status">
        {progress.done} of {progress.total} · {counts.earlier > 0 ? `${counts.earlier} imported before · ` : ''}
        {counts.clipped} clipped · {counts.duplicate} already there · {counts.failed} failed
        {progress.cancelled ? ' · cancelled' : ''}
      </p>
      <ol className="import-results">
        {progress.results.map((result, index) => (
          <li key={`${index}-${result.name}`} className={`import-${result.status}`}>
            <span className="import-name">{result.name}</span> <span className="import-status">{LABEL[result.status]}</span>{' '}
            {result.status === 'failed' ? (
              <span className="import-reason">{result.reason}</span>
            ) : (
              <a href={clipHref(result.clipId)} onClick={() => dialog.current?.close()}>
                {result.title}
              </a>
            )}
            {result.status === 'clipped'
              ? result.warnings.map((warning) => (
                  <span key={warning} className="import-warning">
                    {warning}
                  </span>
                ))
              : null}
            <ImagesNote result={result} />
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        {running ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => dialog.current?.close()}>
            Done
          </button>
        )}
      </div>
    </dialog>
  );
}
