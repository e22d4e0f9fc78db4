import { useEffect, useRef, useState } from 'react';
import type { Asset, Id } from '../../../shared/model';
import { displayableBlob } from '../../clip/image-bytes';
import { listAssetsOfClip } from '../../db/assets';
import { useLive } from '../library/library-db';

/**
 * blob: URLs of a clip's stored images by asset id and by source (imageSourceKey);
 * revoked when the clip closes or its images change (a retry stored more). Null until loaded.
 */
export function useAssetUrls(clipId: Id): ReadonlyMap<string, string> | null {
  const assets = useLive((db) => listAssetsOfClip(db, clipId), [clipId], ['assets']);
  const stored = assets.status === 'ready' ? assets.value.filter((a) => a.blob !== null) : assets.status === 'error' ? [] : null;
  // Rebuilt only when the stored images change, not on every write to the table: a new map reloads the reader's frame.
  const signature = stored?.map((a) => `${a.id}@${a.updatedAt}`).join(',') ?? null;
  const latest = useRef<Asset[]>([]);
  latest.current = stored ?? [];
  const [urls, setUrls] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    if (signature === null) return;
    let live = true;
    const made: string[] = [];
    urlsOf(latest.current, made).then(
      (map) => {
        if (live) setUrls(map);
        else made.forEach((url) => URL.revokeObjectURL(url));
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
  }, [signature]);
  return urls;
}

async function urlsOf(assets: Asset[], made: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const asset of assets) {
    const blob = asset.blob && (await displayableBlob(asset.blob));
    if (!blob) continue;
    const url = URL.createObjectURL(blob);
    made.push(url);
    map.set(asset.id, url);
    // The clipper never edits sanitized HTML, so its images still name their source.
    if (asset.sourceUrl) map.set(asset.sourceUrl, url);
  }
  return map;
}
