import type { Page } from 'playwright-core';

/** The reader's notice of images that are not saved, and what a test reads from the library's assets. */
export class ImagesNotice {
  constructor(readonly page: Page) {}

  get notice() {
    return this.page.getByRole('region', { name: 'Images not saved' });
  }

  get retry() {
    return this.notice.getByRole('button', { name: 'Retry images' });
  }

  /** The stored assets, read straight from the app's IndexedDB as the reader would find them. */
  storedAssets(): Promise<{ sourceUrl: string; mimeType: string; type: string | null; text: string | null; error: string | null }[]> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quire');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<{ sourceUrl: string; mimeType: string; blob: Blob | null; error: string | null }[]>((resolve, reject) => {
        const request = db.transaction('assets').objectStore('assets').getAll();
        request.onsuccess = () => resolve(request.result as never);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return Promise.all(
        rows.map(async (row) => ({
          sourceUrl: row.sourceUrl,
          mimeType: row.mimeType,
          type: row.blob?.type ?? null,
          text: row.blob && row.mimeType === 'image/svg+xml' ? await row.blob.text() : null,
          error: row.error,
        })),
      );
    });
  }
}
