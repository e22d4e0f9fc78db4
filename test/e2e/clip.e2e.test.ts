import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encoderFor } from '../../shared/clip/test-support';
import { appErrors, openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { heavyPage } from '../bench/large-page';
import { localiseImages, readFixturePage, serveFixtureSite } from './fixture-server';
import type { FixtureSite } from './fixture-server';
import { AppPage } from './pages/AppPage';
import { ClipFlow } from './pages/ClipFlow';
import { startWebApp } from './server';
import type { RunningApp } from './server';

const RUSSIAN_PAGE = `<html><head><title>Договор о ракетах средней дальности</title></head><body><article><h1>Договор о ракетах средней дальности</h1>${'<p>Договор о ликвидации ракет средней и меньшей дальности был подписан в 1987 году, а в 2019 году Соединённые Штаты и Россия вышли из него.</p>'.repeat(6)}</article></body></html>`;

/** An article whose images point at this computer, as a hostile page's would (every spelling of 127.0.0.1). */
function articleWithImagesAt(port: number): string {
  const images = ['127.0.0.1', 'localhost', '0x7f.1', '2130706433', '[::ffff:127.0.0.1]']
    .map((host, i) => `<figure><img src="http://${host}:${port}/img/${i}.png" alt="Chart ${i}"><figcaption>Chart ${i}</figcaption></figure>`)
    .join('');
  const paragraph = '<p>Negotiators in Geneva spent a third day on the verification annex, and both delegations said the inspection regime for deployed launchers was close to settled, though the count of reserve warheads remained open.</p>';
  return `<html><head><title>Verification annex nears agreement</title></head><body><article><h1>Verification annex nears agreement</h1>${paragraph.repeat(3)}${images}${paragraph.repeat(3)}</article></body></html>`;
}

describe('clipping, as a user', () => {
  let app: RunningApp;
  let site: FixtureSite;
  let nav: FixtureSite;
  let internal: FixtureSite;
  let browser: TestBrowser;
  let quire: AppPage;
  let flow: ClipFlow;
  let later: FixtureSite;
  // Pages the later tests put up: only the sites named at start play public ones, so they share this one.
  const laterPages: Parameters<typeof serveFixtureSite>[0] = {};

  beforeAll(async () => {
    const pages: Parameters<typeof serveFixtureSite>[0] = {};
    site = await serveFixtureSite(pages);
    // The site serves the fixture's images itself (as its CDN would): its origin is known once it listens.
    pages['/news/obama-guns'] = { body: localiseImages(readFixturePage('bbc-1'), new URL(site.url('/')).origin), type: 'text/html; charset=utf-8' };
    // A second site, still up after the first test cuts the network to the first.
    const navPages: Parameters<typeof serveFixtureSite>[0] = {
      '/sections': {
        body: '<html><head><title>Sections</title></head><body><nav>' + Array.from({ length: 60 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ') + '</nav></body></html>',
        type: 'text/html',
      },
    };
    nav = await serveFixtureSite(navPages);
    // A service on this computer that no page may make Quire reach: not declared public below.
    const internalPages: Parameters<typeof serveFixtureSite>[0] = {};
    internal = await serveFixtureSite(internalPages);
    const internalPort = Number(new URL(internal.url('/')).port);
    internalPages['/wiki/runbook'] = { body: articleWithImagesAt(internalPort).replaceAll('Verification annex nears agreement', 'Internal runbook').replaceAll('Negotiators in Geneva', 'The on-call engineers'), type: 'text/html' };
    navPages['/news/hostile-images'] = { body: articleWithImagesAt(internalPort), type: 'text/html' };
    // Both sites are on 127.0.0.1, which the fetcher refuses; the test-only variable lets them play public sites.
    later = await serveFixtureSite(laterPages);
    const endpoints = [site, nav, later].map((s) => new URL(s.url('/')).host).join(',');
    app = await startWebApp(47902, { QUIRE_TEST_ONLY_FETCH_ALLOW: endpoints });
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
    flow = new ClipFlow(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await nav?.close();
    await internal?.close();
    await later?.close();
    await app?.stop();
  });

  it('clips a real page by URL, then reads it with the network cut: text and images show', async () => {
    await quire.open('#/library');
    await flow.clip(site.url('/news/obama-guns'));
    await flow.waitForReader();
    await browser.page.getByRole('heading', { name: /Obama admits US gun laws/ }).waitFor();
    const imageRequests = site.requests.filter((path) => path.startsWith('/img/')).length;
    expect(imageRequests).toBeGreaterThan(0);

    // Cut the network: the site is gone, and anything but the app itself is refused and recorded.
    await site.close();
    const outside: string[] = [];
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(app.url) || url.startsWith('blob:') || url.startsWith('data:') || url === 'about:srcdoc') return route.continue();
      outside.push(url);
      return route.abort();
    });
    await browser.page.reload();
    const frame = flow.readerFrame();
    await frame.getByText(/common sense gun safety laws/).first().waitFor();
    const text = await frame.locator('body').innerText();
    expect(text).toContain('common sense gun safety laws');
    // Each image has loaded or failed before it is judged (decoding may still run after the text shows).
    const images = await frame.locator('img').evaluateAll((imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          if (!img.complete) {
            await new Promise((settled) => {
              img.addEventListener('load', settled, { once: true });
              img.addEventListener('error', settled, { once: true });
            });
          }
          return { src: img.src, ok: img.naturalWidth > 0 };
        }),
      ),
    );
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((image) => image.src.startsWith('blob:') && image.ok)).toBe(true);
    expect(outside).toEqual([]);
    await browser.context.unroute('**/*');
    await quire.screenshot('reader-offline');
  });

  it('says so when the same article is clipped again, and can keep it as a new version', async () => {
    await quire.open('#/library');
    const seed = 'A short note on talks\n\nDiplomats from both sides met for a second day of talks on Tuesday, officials said, and agreed to meet again next month to continue the discussion of the treaty.';
    await flow.clip(seed);
    await flow.waitForReader();
    await quire.open('#/library');
    await flow.clip(seed);
    await flow.dialog.getByText('You already have this article').waitFor();
    await flow.dialog.getByRole('button', { name: 'Keep this as a new version' }).click();
    await flow.waitForReader();
    await quire.open('#/library');
    await browser.page.getByText('A short note on talks').nth(1).waitFor();
    expect(await browser.page.getByText('A short note on talks').count()).toBe(2);
  });

  it('refuses a page that is all navigation, offering to keep it as a bookmark', async () => {
    await quire.open('#/library');
    await flow.clip(nav.url('/sections'));
    await flow.dialog.getByText(/No article was found on this page/).waitFor();
    await flow.dialog.getByRole('button', { name: 'Keep as a bookmark' }).click();
    await flow.dialog.getByText(/^Clipped/).waitFor();
    await flow.dialog.getByRole('button', { name: 'Close' }).click();
    await quire.open('#/library');
    await browser.page.getByText('Sections').first().waitFor();
  });

  it('never fetches the images a page points at this computer', async () => {
    await quire.open('#/library');
    await flow.clip(nav.url('/news/hostile-images'));
    await flow.waitForReader();
    await browser.page.getByRole('heading', { name: 'Verification annex nears agreement' }).waitFor();
    expect(nav.requests).toContain('/news/hostile-images');
    expect(internal.requests).toEqual([]);
  });

  it('asks before clipping a link on this computer, and clips it only once confirmed', async () => {
    await quire.open('#/library');
    await flow.clip(internal.url('/wiki/runbook'));
    const prompt = flow.dialog.getByRole('alert');
    await prompt.getByText('This address is on your own computer or network.').waitFor();
    expect(await prompt.innerText()).toContain(`${new URL(internal.url('/')).host} is on this computer`);
    expect(internal.requests).toEqual([]);
    await quire.screenshot('clip-local-address-prompt');
    await prompt.getByRole('button', { name: 'Don’t clip' }).click();
    expect(await prompt.count()).toBe(0);
    expect(internal.requests).toEqual([]);

    await flow.dialog.getByRole('button', { name: 'Clip', exact: true }).click();
    await prompt.getByRole('button', { name: 'Clip anyway' }).click();
    await flow.waitForReader();
    await browser.page.getByRole('heading', { name: 'Internal runbook' }).waitFor();
    // The page the user confirmed, and none of the images it names: those were never confirmed.
    expect(internal.requests).toEqual(['/wiki/runbook']);
  });

  it('imports several files with a result for each; a bad file does not stop the rest', async () => {
    await quire.open('#/library');
    await flow.importFiles([
      { name: 'guns.html', mimeType: 'text/html', buffer: Buffer.from(readFixturePage('bbc-1')) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
      { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Arms control notes\n\nThe INF Treaty was signed in 1987 by the United States and the Soviet Union, and it eliminated a whole class of intermediate-range missiles from Europe.') },
      { name: 'saved-ru.html', mimeType: 'text/html', buffer: Buffer.from(encoderFor('windows-1251')(RUSSIAN_PAGE)) },
    ]);
    await flow.importDialog.getByRole('button', { name: 'Done' }).waitFor();
    const status = await flow.importDialog.getByRole('status').innerText();
    expect(status).toMatch(/5 of 5/);
    const items = await flow.importDialog.locator('.import-results li').allInnerTexts();
    expect(items[0]).toMatch(/guns\.html\s+(Clipped|Already in library)/);
    expect(items[1]).toMatch(/empty\.txt\s+Failed[\s\S]*nothing to clip/);
    expect(items[2]).toMatch(/picture\.png\s+Failed[\s\S]*\.html, \.htm, \.mhtml, \.txt and \.md/);
    expect(items[3]).toMatch(/notes\.md\s+Clipped\s+Arms control notes/);
    // Saved in windows-1251 with no charset named anywhere: read right, and the list says how.
    expect(items[4]).toMatch(/saved-ru\.html\s+Clipped\s+Договор о ракетах средней дальности/);
    expect(items[4]).toContain('it was read as Cyrillic (windows-1251), judging by its words');
    expect(appErrors(browser.errors)).toEqual([]);
  });

  it('refuses a wordy 503 error page with a bookmark offered, then clips the article when the site is back', async () => {
    const paragraphs = (what: string) => Array.from({ length: 8 }, (_, i) => `<p>${what} ${i + 1}: the delegations resumed talks in Geneva on Thursday, officials said, after a pause of several months.</p>`).join('');
    const type = 'text/html; charset=utf-8';
    laterPages['/news/talks'] = {
      status: 503,
      type,
      body: `<html><head><title>Service unavailable</title></head><body><article><h1>We will be right back</h1>${paragraphs('Our site is down for maintenance, note')}</article></body></html>`,
    };
    const url = later.url('/news/talks');
    await quire.open('#/library');
    await browser.page.reload();
    await flow.clip(url);
    await flow.dialog.getByText(/The site answered 503 \(Service Unavailable\): it has a problem right now/).waitFor();
    await flow.dialog.getByRole('button', { name: 'Keep as a bookmark' }).waitFor();
    await quire.screenshot('clip-http-503');
    await flow.dialog.getByRole('button', { name: 'Close' }).click();

    laterPages['/news/talks'] = {
      type,
      body: `<html><head><title>Talks resume in Geneva</title></head><body><article><h1>Talks resume in Geneva</h1>${paragraphs('Paragraph')}</article></body></html>`,
    };
    await quire.open('#/library');
    await flow.clip(url);
    await flow.waitForReader();
    await browser.page.getByRole('heading', { name: 'Talks resume in Geneva' }).first().waitFor();
    expect(await browser.page.getByText('We will be right back').count()).toBe(0);
  });

  it('shows what a big page’s clip is doing, and Cancel stops it with nothing saved', async () => {
    laterPages['/big'] = { body: heavyPage(readFixturePage('bbc-1').replace(/Obama admits/g, 'Big page: Obama admits'), 8), type: 'text/html; charset=utf-8' };
    await quire.open('#/library');
    await browser.page.reload();
    await flow.clip(later.url('/big'));
    await flow.dialog.getByRole('button', { name: 'Cancel' }).waitFor();
    expect(await flow.dialog.getByRole('status').innerText()).toMatch(/Fetching page…|Reading page…|Extracting article…|Cleaning…/);
    await flow.dialog.getByRole('button', { name: 'Cancel' }).click();
    await flow.dialog.getByText('Clipping was cancelled. Nothing was saved.').waitFor();
    await flow.dialog.getByRole('button', { name: 'Close' }).click();
    await quire.open('#/library');
    await browser.page.getByRole('list', { name: 'Clips' }).getByRole('listitem').first().waitFor();
    expect(await browser.page.getByText(/Big page: Obama admits/).count()).toBe(0);
  });
});
