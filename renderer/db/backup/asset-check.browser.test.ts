import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_SVG } from '../../clip/hostile-svg.fixture';
import { addAssets, listAssetsOfClip } from '../assets';
import { addClip } from '../clips';
import type { LibraryDb } from '../db';
import { clipDraft, freshLibrary } from '../testing';
import { exportLibrary } from './export';
import { importLibrary } from './import';

const opened: LibraryDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** A backup as a crafted file would hold it: an SVG with script and a page posing as a PNG, written past today's clipper. */
async function hostileBackup(): Promise<Uint8Array> {
  const db = await freshLibrary();
  opened.push(db);
  const { clip } = await addClip(db, clipDraft({ title: 'Crafted' }));
  await addAssets(db, [
    { clipId: clip.id, sourceUrl: 'https://evil.example/chart.svg', mimeType: 'image/svg+xml', blob: new Blob([HOSTILE_SVG], { type: 'image/svg+xml' }) },
    { clipId: clip.id, sourceUrl: 'https://evil.example/page.png', mimeType: 'image/png', blob: new Blob(['<html><script>alert(1)</script>'], { type: 'image/png' }) },
  ]);
  return exportLibrary(db, { appVersion: 'test' });
}

describe('a backup’s assets are checked before they are written', () => {
  it('keeps a hostile SVG only sanitized, and leaves out a page posing as an image, naming it', async () => {
    const bytes = await hostileBackup();
    const db = await freshLibrary();
    opened.push(db);
    const result = await importLibrary(db, bytes, 'replace');
    expect(result.refusedAssets).toEqual(['https://evil.example/page.png']);

    const [clip] = await db.clips.toArray();
    const assets = await listAssetsOfClip(db, clip!.id);
    const svg = assets.find((a) => a.sourceUrl.endsWith('chart.svg'))!;
    expect([svg.mimeType, svg.blob?.type, svg.size]).toEqual(['image/svg+xml', 'image/svg+xml', svg.blob!.size]);
    const text = await svg.blob!.text();
    expect(text).toContain('<rect');
    expect(text).not.toMatch(/script|onload|onclick|foreignObject|evil\.example|javascript:/i);
    const page = assets.find((a) => a.sourceUrl.endsWith('page.png'))!;
    expect(page).toMatchObject({ blob: null, size: 0, error: 'Left out of the backup import: Not an image (sent as image/png).' });
  });
});
