import type { AppInfo } from '../../../shared/shell';
import { AboutPanel } from '../about/AboutPanel';
import { SearchIndexSection } from '../search/SearchIndexSection';
import { AutoBackupsSection } from './AutoBackupsSection';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';
import { TrashSection } from './TrashSection';
import './settings.css';

/** Settings: storage health, backups (file and automatic), the trash, and About. */
export function SettingsScreen({ info }: { info: AppInfo | null }) {
  const appVersion = info?.version ?? 'unknown';
  return (
    <>
      <AboutPanel info={info} />
      <StorageSection />
      <BackupSection appVersion={appVersion} />
      <AutoBackupsSection appVersion={appVersion} />
      <SearchIndexSection />
      <TrashSection />
    </>
  );
}
