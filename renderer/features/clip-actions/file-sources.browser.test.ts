import { describe, expect, it } from 'vitest';
import { createBrowserClipDeps } from '../../clip/browser';
import { getClip } from '../../db/clips';
import { freshLibrary } from '../../db/testing';
import { createHttpShell } from '../../shell/http-shell';
import { clipSource } from './clip-flow';
import { prepareFile } from './sources';

const ARTICLE = `<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>
  ${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i}: delegations resumed negotiations in Geneva on Thursday, officials said, after months without progress.</p>`).join('')}
  </article></body></html>`;

/** An .mhtml as a browser saves it, but naming `location` as the page's address. */
function mhtmlFile(location: string): File {
  const boundary = '----boundary----';
  const message = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${location}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="utf-8"',
    `Content-Location: ${location}`,
    '',
    ARTICLE,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return new File([message], 'story.mhtml');
}

describe('clipping an .mhtml file', () => {
  it('stores no javascript: address from it, and says so', async () => {
    const db = await freshLibrary();
    const ctx = { db, shell: createHttpShell({ token: 'unused' }), deps: createBrowserClipDeps() };
    const outcome = await clipSource(await prepareFile(mhtmlFile('javascript:alert(1)')), ctx);
    if (outcome.status !== 'clipped') throw new Error(`not clipped: ${JSON.stringify(outcome)}`);
    const stored = await getClip(db, outcome.clip.id);
    expect(stored).toMatchObject({ title: 'Talks resume', url: '', canonicalUrl: '', source: 'file' });
    expect(JSON.stringify(stored)).not.toContain('javascript:');
    expect(outcome.warnings).toEqual(['The source gave its address as "javascript:alert(1)", which is not a web address: the clip keeps no address.']);
    db.close();
  });

  it('keeps a web address it names', async () => {
    const db = await freshLibrary();
    const ctx = { db, shell: createHttpShell({ token: 'unused' }), deps: createBrowserClipDeps() };
    const outcome = await clipSource(await prepareFile(mhtmlFile('https://news.example/talks')), ctx);
    if (outcome.status !== 'clipped') throw new Error(`not clipped: ${JSON.stringify(outcome)}`);
    expect(await getClip(db, outcome.clip.id)).toMatchObject({ url: 'https://news.example/talks', canonicalUrl: 'https://news.example/talks' });
    db.close();
  });
});
