/**
 * A backup's assets are as untrusted as a web page: a crafted `.quire` file
 * could carry an SVG with script, or a page dressed as an image. Each asset
 * passes the gate every downloaded image passes (renderer/clip/image-bytes.ts)
 * before it is written: an SVG is kept sanitized, a raster keeps the type its
 * bytes say, and anything else is left out, its record kept as a failed image
 * so the clip says it is missing.
 */
import type { Asset } from '../../../shared/model';
import { checkImageBlob } from '../../clip/image-bytes';

export type CheckedAssets = { assets: Asset[]; refused: string[] };

export async function checkBackupAssets(assets: readonly Asset[]): Promise<CheckedAssets> {
  const refused: string[] = [];
  const checked: Asset[] = [];
  for (const asset of assets) {
    if (!asset.blob) {
      checked.push(asset);
      continue;
    }
    const result = await checkImageBlob(asset.blob, asset.mimeType || asset.blob.type);
    if (!result.ok) {
      refused.push(asset.sourceUrl || asset.id);
      checked.push({ ...asset, blob: null, size: 0, error: `Left out of the backup import: ${result.error}` });
    } else if (result.mimeType === 'image/svg+xml' || result.mimeType !== asset.blob.type || result.mimeType !== asset.mimeType) {
      checked.push({ ...asset, mimeType: result.mimeType, blob: result.blob, size: result.blob.size });
    } else {
      checked.push(asset);
    }
  }
  return { assets: checked, refused };
}
