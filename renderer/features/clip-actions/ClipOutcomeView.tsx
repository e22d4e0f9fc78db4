import { clipHref } from '../library/route';
import type { ClipOutcome } from './clip-flow';
import { imagesNotDownloaded, imagesRepaired } from './image-notes';

type Props = {
  outcome: ClipOutcome;
  onKeepNewVersion: () => void;
  onKeepBookmark: () => void;
  /** The user confirmed a link on their own computer or network. */
  onClipAnyway: () => void;
  onCancel: () => void;
};

/** What happened to a clip, in words, with the choices the user has. */
export function ClipOutcomeView({ outcome, onKeepNewVersion, onKeepBookmark, onClipAnyway, onCancel }: Props) {
  switch (outcome.status) {
    case 'clipped':
      return (
        <div role="status" className="clip-outcome ok">
          <p>
            Clipped <a href={clipHref(outcome.clip.id)}>{outcome.clip.title}</a>.
          </p>
          {outcome.missingImages.length > 0 ? (
            <p className="muted">{imagesNotDownloaded(outcome.missingImages.length)}; they show as their description, and the reader can retry them.</p>
          ) : null}
          {outcome.warnings.map((warning) => (
            <p key={warning} className="muted">
              {warning}
            </p>
          ))}
        </div>
      );
    case 'duplicate':
      return (
        <div role="status" className="clip-outcome">
          <p>
            You already have this article: <a href={clipHref(outcome.existing.id)}>{outcome.existing.title}</a>, clipped{' '}
            {new Date(outcome.existing.createdAt).toLocaleDateString()}.
          </p>
          {imagesRepaired(outcome.repairedImages, outcome.missingImages.length) ? (
            <p className="muted">{imagesRepaired(outcome.repairedImages, outcome.missingImages.length)}.</p>
          ) : null}
          <button type="button" onClick={onKeepNewVersion}>
            Keep this as a new version
          </button>
        </div>
      );
    case 'local-address':
      return (
        <div role="alert" className="clip-outcome confirm">
          <p>
            <strong>This address is on your own computer or network.</strong> {outcome.message}
          </p>
          <p>
            A link like this can make Quire talk to your router, printer or other services on your network. Clip it only if
            you typed it yourself or trust where it came from. Clip it anyway?
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              Don’t clip
            </button>
            <button type="button" className="primary" onClick={onClipAnyway}>
              Clip anyway
            </button>
          </div>
        </div>
      );
    case 'failed':
      return (
        <div role="alert" className="clip-outcome failed">
          <p>{outcome.message}</p>
          {outcome.bookmark ? (
            <button type="button" onClick={onKeepBookmark}>
              Keep as a bookmark
            </button>
          ) : null}
        </div>
      );
  }
}
