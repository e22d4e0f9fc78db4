/**
 * The one gate every image passes before it is stored or shown: downloads,
 * data: URLs, an .mhtml's parts, a backup's assets. The bytes decide the type
 * (shared/clip/image-type.ts); an SVG is kept only sanitized (svg-sanitize.ts);
 * anything else is refused with a reason for the user.
 */
import { describeDeclaredType, sniffImageType, sniffRaster } from '../../shared/clip/image-type';
import { sanitizeSvg } from './svg-sanitize';

export type CheckedImage = { ok: true; mimeType: string; blob: Blob } | { ok: false; error: string };

export function checkImageBytes(bytes: Uint8Array, declaredType: string): CheckedImage {
  const type = sniffImageType(bytes);
  if (type === null) return { ok: false, error: `Not an image (${describeDeclaredType(declaredType)}).` };
  if (type !== 'image/svg+xml') return { ok: true, mimeType: type, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) };
  const clean = sanitizeSvg(new TextDecoder('utf-8').decode(bytes));
  if (clean === null) return { ok: false, error: 'An SVG image that could not be made safe to keep.' };
  return { ok: true, mimeType: type, blob: new Blob([clean], { type }) };
}

export async function checkImageBlob(blob: Blob, declaredType = blob.type): Promise<CheckedImage> {
  return checkImageBytes(new Uint8Array(await blob.arrayBuffer()), declaredType);
}

/**
 * The blob to show for a stored image, checked again: clips stored before these
 * checks may hold an unsanitized SVG or something that is no image at all. A
 * raster needs only its first bytes read; anything else is checked whole.
 */
export async function displayableBlob(blob: Blob): Promise<Blob | null> {
  const raster = sniffRaster(new Uint8Array(await blob.slice(0, 64).arrayBuffer()));
  if (raster) return blob.type === raster ? blob : blob.slice(0, blob.size, raster);
  const checked = await checkImageBlob(blob);
  return checked.ok ? checked.blob : null;
}
