import type { AppInfo } from '../../../shared/shell';

/** Settings' About section: what is running, for the user and for bug reports. */
export function AboutPanel({ info }: { info: AppInfo | null }) {
  return (
    <>
      <header className="place-header">
        <h1>Settings</h1>
      </header>
      <section className="panel" aria-labelledby="about-heading">
        <h2 id="about-heading">About Quire</h2>
        {info ? (
          <dl className="facts">
            <dt>Version</dt>
            <dd data-testid="about-version">{info.version}</dd>
            <dt>Running</dt>
            <dd>{info.shell === 'web' ? 'In the browser, served by Quire on this computer' : 'Desktop app'}</dd>
            <dt>Platform</dt>
            <dd>{info.platform}</dd>
            {Object.entries(info.versions).map(([name, version]) => (
              <div key={name} className="facts-row">
                <dt>{name}</dt>
                <dd>{version}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">Asking the shell…</p>
        )}
      </section>
    </>
  );
}
