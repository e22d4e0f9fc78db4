import type { AppInfo } from '../../shared/shell';

export type AppInfoSource = {
  shell: AppInfo['shell'];
  version: string;
  platform: string;
  /** The runtime's process.versions; only the pieces worth showing in an About box are kept. */
  runtimeVersions: Partial<Record<string, string>>;
};

const SHOWN_VERSIONS = ['electron', 'chrome', 'node', 'v8'] as const;

export function describeApp(source: AppInfoSource): AppInfo {
  const versions: Record<string, string> = {};
  for (const name of SHOWN_VERSIONS) {
    const version = source.runtimeVersions[name];
    if (version) versions[name] = version;
  }
  return { name: 'Quire', version: source.version, shell: source.shell, platform: source.platform, versions };
}
