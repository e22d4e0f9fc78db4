/**
 * The Library header's actions (clip by URL, paste, file). Owned by the lead;
 * an empty slot until then, so the Library can already render it.
 */
export function ClipActions() {
  return null;
}
