import { contentHashInput } from '../../shared/clip/text';

/** SHA-256 hex of the normalised plain text: the same article clipped twice hashes the same. */
export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(contentHashInput(text)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
