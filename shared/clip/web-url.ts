/**
 * The one check every address a clip keeps goes through, whatever brought the clip
 * in (a fetch, a file, a paste, a backup): an absolute http(s) URL, or nothing.
 * A file or a backup can name anything (`javascript:alert(1)`, `file:///etc/passwd`),
 * and the reader shows a clip's address as a link.
 */
export function isWebUrl(value: string): boolean {
  if (value.trim() !== value || value === '') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The address if it is a web address, unchanged; otherwise ''. */
export function webUrlOrEmpty(value: string | null | undefined): string {
  const trimmed = (value ?? '').trim();
  return isWebUrl(trimmed) ? trimmed : '';
}
