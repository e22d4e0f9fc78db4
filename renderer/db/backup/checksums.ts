/** The SHA-256 of some bytes, as 64 lowercase hex digits: what a backup's manifest records per entry. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new Error('This window cannot compute checksums (no Web Crypto): backups cannot be written or checked here.');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
