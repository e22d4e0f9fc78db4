import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { PLACES } from './places';
import type { PlaceId } from './places';
import { shortcutLabel } from './useGlobalShortcuts';

type SidebarProps = { current: PlaceId; onGo: (place: PlaceId) => void; footer: string };

/** The places, as a list of links; arrow keys move between them (roving focus). */
export function Sidebar({ current, onGo, footer }: SidebarProps) {
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + PLACES.length) % PLACES.length;
    links.current[next]?.focus();
  }

  return (
    <nav className="sidebar" aria-label="Places">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">❝</span> Quire
      </div>
      <ul>
        {PLACES.map((place, index) => (
          <li key={place.id}>
            <a
              ref={(el) => {
                links.current[index] = el;
              }}
              href={`#/${place.id}`}
              aria-current={place.id === current ? 'page' : undefined}
              title={`${place.hint} (${shortcutLabel(place.key)})`}
              onKeyDown={(event) => onKeyDown(event, index)}
              onClick={(event) => {
                event.preventDefault();
                onGo(place.id);
              }}
            >
              <span>{place.label}</span>
              <kbd>{shortcutLabel(place.key)}</kbd>
            </a>
          </li>
        ))}
      </ul>
      <p className="sidebar-footer" data-testid="app-info">
        {footer}
      </p>
    </nav>
  );
}
