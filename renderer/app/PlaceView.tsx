import type { AppInfo } from '../../shared/shell';
import { EntitiesScreen } from '../features/entities/EntitiesScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { NotesScreen } from '../features/notes/NotesScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { PlaceId } from './places';

/** Which screen each place shows. */
export function PlaceView({ place, info }: { place: PlaceId; info: AppInfo | null }) {
  switch (place) {
    case 'library':
      return <LibraryScreen />;
    case 'entities':
      return <EntitiesScreen />;
    case 'notes':
      return <NotesScreen />;
    case 'search':
      return <SearchScreen />;
    case 'settings':
      return <SettingsScreen info={info} />;
  }
}
