import type { Clip } from '../../../shared/model';
import { formatDate } from '../reader/format-date';
import { clipHref } from './route';
import './library.css';

const STATE_LABEL = { unread: 'Unread', read: 'Read', archived: 'Archived' } as const;

export function ClipList({ clips }: { clips: readonly Clip[] }) {
  return (
    <ul className="clip-list" aria-label="Clips">
      {clips.map((clip) => (
        <li key={clip.id} className={`clip-row state-${clip.readState}`}>
          <a href={clipHref(clip.id)} className="clip-link">
            <span className="clip-title">{clip.title || 'Untitled clip'}</span>
            <span className="clip-meta">
              {[clip.siteName, formatDate(clip.publishedAt), `${clip.wordCount.toLocaleString()} words`].filter(Boolean).join(' · ')}
              <span className={`read-state ${clip.readState}`}>{STATE_LABEL[clip.readState]}</span>
              {clip.source === 'demo' ? <span className="read-state">Demo</span> : null}
            </span>
            {clip.excerpt ? <span className="clip-excerpt">{clip.excerpt}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
