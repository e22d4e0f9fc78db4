/** How the clip's images that are not stored are told, the same in the clip dialog, the import list and the reader. */
export function imagesNotDownloaded(count: number): string {
  return count === 1 ? '1 image could not be downloaded' : `${count} images could not be downloaded`;
}

/** After the same page came again and the library's copy had images missing: what became of them. */
export function imagesRepaired(repaired: number, missing: number): string | null {
  const saved = repaired === 0 ? null : repaired === 1 ? 'its missing image was saved' : `its ${repaired} missing images were saved`;
  const still = missing === 0 ? null : missing === 1 ? '1 image still could not be downloaded' : `${missing} images still could not be downloaded`;
  return [saved, still].filter(Boolean).join('; ') || null;
}
