import createDOMPurify from 'dompurify';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { sanitizeArticle } from '../../clip/sanitize';
import { addClip } from '../../db/clips';
import { clipDraft, freshLibrary } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import { ReaderScreen } from './ReaderScreen';

const text = 'The map shows the test sites.\n\nAnalysts counted nine of them.';
// An image map as a page would carry it: each <area> is a link, like an <a>.
const PAGE = `<p>The map shows the test sites.</p>
  <img src="https://img.example/sites.png" alt="" usemap="#sites" width="300" height="200">
  <map name="sites"><area shape="rect" coords="0,0,150,200" href="https://sites.example/north" alt="North"></map>
  <p>Analysts counted <a href="https://sites.example/list">nine</a> of them.</p>`;

const opened: string[] = [];
const realOpen = window.open;
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  window.open = realOpen;
  opened.length = 0;
});

async function openReader(html: string, address = 'https://news.example/sites') {
  const db = await freshLibrary();
  const { clip } = await addClip(db, clipDraft({ text, html, url: address, canonicalUrl: address }));
  // The system browser, as far as the reader can tell: window.open with the link's address.
  window.open = ((url?: string | URL) => (opened.push(String(url)), null)) as typeof window.open;
  const { host, unmount } = await mountScreen(db, <ErrorBoundary><ReaderScreen clipId={clip.id} quoteId={null} /></ErrorBoundary>);
  cleanup = unmount;
  const frame = await until(() => host.querySelector<HTMLIFrameElement>('.reader-frame-wrap[data-ready] iframe'), 'the wired frame');
  return { host, frame };
}

describe('links in the reader frame', () => {
  it('opens an image map area outside, like a link, and the article stays', async () => {
    const html = sanitizeArticle(createDOMPurify(window), PAGE).html;
    expect(html).toMatch(/<area [^>]*rel="noopener noreferrer" target="_blank"/);
    const { host, frame } = await openReader(html);
    const doc = frame.contentDocument!;
    doc.querySelector<HTMLElement>('area')!.click();
    doc.querySelector<HTMLElement>('a')!.click();
    await until(() => opened.length === 2, `both links to open outside, got ${JSON.stringify(opened)}`);
    expect(opened).toEqual(['https://sites.example/north', 'https://sites.example/list']);
    expect(host.querySelector('.error-panel')).toBeNull();
    expect(host.querySelector<HTMLIFrameElement>('iframe')!.contentDocument?.body.textContent).toContain('Analysts counted');
  });

  it('survives a navigation of the frame it did not ask for: the article comes back with a notice', async () => {
    const { host, frame } = await openReader(`<p>The map shows the test sites.</p><p>Analysts counted nine of them.</p>`);
    frame.contentWindow!.location.href = 'https://elsewhere.example/';
    const notice = await until(() => host.querySelector('.reader-frame-notice'), 'the notice');
    expect(notice.textContent).toContain('blocked');
    expect(host.querySelector('.error-panel')).toBeNull();
    await until(() => host.querySelector<HTMLIFrameElement>('.reader-frame-wrap[data-ready] iframe')?.contentDocument?.body?.textContent?.includes('Analysts counted'), 'the article back');
  });
});

describe('the source link above the article', () => {
  it('is shown for a web address only, never for a javascript: one an older clip may hold', async () => {
    const web = await openReader('<p>The map shows the test sites.</p>');
    expect(web.host.querySelector('a.reader-source')?.getAttribute('href')).toBe('https://news.example/sites');
    cleanup?.();
    const { host } = await openReader('<p>The map shows the test sites.</p>', 'javascript:alert(1)');
    expect(host.querySelector('.reader-title')).not.toBeNull();
    expect(host.querySelector('a.reader-source')).toBeNull();
  });
});
