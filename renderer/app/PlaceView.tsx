import type { AppInfo } from '../../shared/shell';
import { EntitiesScreen } from '../features/entities/EntitiesScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { NotesPlace } from '../features/notes-place/NotesPlace';
import { SearchScreen } from '../features/search/SearchScreen';
import { AboutPanel } from '../features/about/AboutPanel';
import type { PlaceId } from './places';

/** Which screen each place shows. */
export function PlaceView({ place, info }: { place: PlaceId; info: AppInfo | null }) {
  switch (place) {
    case 'library':
      return <LibraryScreen />;
    case 'entities':
      return <EntitiesScreen />;
    case 'notes':
      return <NotesPlace />;
    case 'search':
      return <SearchScreen />;
    case 'settings':
      return <AboutPanel info={info} />;
  }
}
