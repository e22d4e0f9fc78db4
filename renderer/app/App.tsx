import { Suspense, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/shell';
import { ClipHost } from '../features/clip-actions/ClipHost';
import { StorageErrorToast } from '../features/settings/StorageErrorToast';
import { BackgroundSuggestions } from '../features/suggestions/BackgroundSuggestions';
import { DesktopServices } from './DesktopServices';
import { useShell } from '../shell';
import { ErrorBoundary } from './ErrorBoundary';
import { PLACES } from './places';
import { PlaceView } from './PlaceView';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useHashPlace } from './useHashPlace';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const shell = useShell();
  const [place, go] = useHashPlace();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const main = useRef<HTMLElement>(null);
  useGlobalShortcuts(go);
  useMenuCommands(shell, go);

  useEffect(() => {
    let live = true;
    shell.invoke('app:info', {}).then(
      (result) => live && setInfo(result),
      (error: unknown) => console.warn('app:info failed', error),
    );
    return () => {
      live = false;
    };
  }, [shell]);

  useEffect(() => {
    const label = PLACES.find((p) => p.id === place)?.label ?? '';
    document.title = `${label} · Quire`;
    main.current?.focus({ preventScroll: true });
  }, [place]);

  const footer = info ? `${info.name} ${info.version} · ${info.shell === 'web' ? 'in the browser' : 'desktop'}` : 'Quire';

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={() => main.current?.focus()}>
        Skip to content
      </a>
      <Sidebar current={place} onGo={go} footer={footer} />
      <main id="main" ref={main} tabIndex={-1} className="place" data-place={place}>
        <ErrorBoundary key={place}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <PlaceView place={place} info={info} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <ClipHost />
      <StorageErrorToast />
      <BackgroundSuggestions />
      <DesktopServices info={info} />
    </div>
  );
}
