import { shortcutLabel } from '../../app/useGlobalShortcuts';
import { requestClip } from './commands';

/** The Library header's ways in: clip (a link or pasted article) and import files. */
export function ClipActions() {
  return (
    <div className="clip-actions">
      <button type="button" className="primary" onClick={() => requestClip({ type: 'open-dialog' })} title="Paste a link or an article">
        Clip…
      </button>
      <button type="button" onClick={() => requestClip({ type: 'pick-files' })} title={`Import .html, .mhtml, .txt or .md files (${shortcutLabel('O')})`}>
        Import files…
      </button>
    </div>
  );
}
