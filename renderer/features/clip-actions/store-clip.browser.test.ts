import { afterEach, describe, expect, it } from 'vitest';
import type { ClipDraft } from '../../../shared/clip/types';
import { imageSourceKey } from '../../../shared/clip/data-image';
import { listAssetsOfClip, missingImagesOf } from '../../db/assets';
import { getClip } from '../../db/clips';
import { openLibrary } from '../../db/db';
import type { LibraryDb } from '../../db/db';
import { clipDraft, freshLibrary } from '../../db/testing';
import { completeClipImages, storeClip } from './store-clip';
import type { FetchedImage } from './store-clip';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const DATA_PNG = `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`;
const URLS = ['https://img.example/a.png', 'https://img.example/b.png'];

const opened: LibraryDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function draftWith(srcs: string[]): ClipDraft {
  const html = `<p>Text.</p>${srcs.map((src, n) => `<img src="${src}" alt="Figure ${n}">`).join('')}`;
  return { ...clipDraft({ html }), images: srcs.map((src, n) => ({ src, alt: `Figure ${n}` })), warnings: [] };
}

describe('storeClip and the window between a clip and its images', () => {
  it('writes the list of images still to store with the clip, before any download; a crash leaves it, and a retry completes it', async () => {
    const db = await freshLibrary();
    opened.push(db);
    const asked: string[] = [];
    // Downloads that never answer: the window dies while they are in flight.
    void storeClip(db, draftWith([...URLS, DATA_PNG]), { fetchImage: (url) => (asked.push(url), new Promise<FetchedImage>(() => undefined)) });
    await expect.poll(() => asked.length).toBe(2);

    // A new start of the app, on the same database.
    const again = await openLibrary(db.name);
    opened.push(again);
    const [clip] = await again.clips.toArray();
    expect(clip!.missingImages).toEqual([...URLS, imageSourceKey(DATA_PNG)]);
    expect(await missingImagesOf(again, clip!)).toEqual([...URLS, imageSourceKey(DATA_PNG)]);

    const still = await completeClipImages(again, clip!, { fetchImage: async () => ({ bytes: PNG, contentType: 'image/png' }) });
    expect(still).toEqual([]);
    expect((await getClip(again, clip!.id))!.missingImages).toBeUndefined();
    const assets = await listAssetsOfClip(again, clip!.id);
    expect(assets.map((a) => [a.sourceUrl, a.mimeType, a.blob?.size])).toEqual([
      [URLS[0], 'image/png', PNG.length],
      [URLS[1], 'image/png', PNG.length],
      [imageSourceKey(DATA_PNG), 'image/png', PNG.length],
    ]);
  });

  it('keeps a failed image on the list, with its reason, and replaces the failure once it lands', async () => {
    const db = await freshLibrary();
    opened.push(db);
    const stored = await storeClip(db, draftWith(URLS), {
      fetchImage: async (url) => (url === URLS[1] ? Promise.reject(new Error('The image answered 404.')) : { bytes: PNG, contentType: 'text/html' }),
    });
    expect(stored.missingImages).toEqual([URLS[1]]);
    const clip = (await getClip(db, stored.clip.id))!;
    expect(clip.missingImages).toEqual([URLS[1]]);
    expect((await listAssetsOfClip(db, clip.id)).map((a) => [a.sourceUrl, a.mimeType, a.error])).toEqual([
      [URLS[0], 'image/png', null],
      [URLS[1], '', 'The image answered 404.'],
    ]);

    expect(await completeClipImages(db, clip, { fetchImage: async () => ({ bytes: PNG, contentType: 'image/png' }) })).toEqual([]);
    const assets = await listAssetsOfClip(db, clip.id);
    expect(assets).toHaveLength(2);
    expect(assets.every((a) => a.blob !== null && a.error === null)).toBe(true);
  });
});
