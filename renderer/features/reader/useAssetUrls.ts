import { useEffect, useState } from 'react';
import type { Id } from '../../../shared/model';
import { listAssetsOfClip } from '../../db/assets';
import { useLibraryDb } from '../library/library-db';

/** blob: URLs of a clip's stored images by asset id and by source URL; revoked when the clip closes. Null until loaded. */
export function useAssetUrls(clipId: Id): ReadonlyMap<string, string> | null {
  const db = useLibraryDb();
  const [urls, setUrls] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    listAssetsOfClip(db, clipId).then(
      (assets) => {
        if (!live) return;
        const map = new Map<string, string>();
        for (const asset of assets) {
          if (!asset.blob) continue;
          const url = URL.createObjectURL(asset.blob);
          made.push(url);
          map.set(asset.id, url);
          // The clipper never edits sanitized HTML, so its images still name their source URL.
          if (asset.sourceUrl) map.set(asset.sourceUrl, url);
        }
        setUrls(map);
      },
      (error: unknown) => {
        console.error('Loading the clip’s images failed:', error);
        if (live) setUrls(new Map());
      },
    );
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [db, clipId]);
  return urls;
}
