import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { ClipFlow } from './pages/ClipFlow';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

const RUSSIAN_ARTICLE = [
  'Путин заявил о готовности к переговорам по ДСНВ',
  '',
  'Президент России Владимир Путин заявил, что Москва готова обсуждать продление Договора о стратегических наступательных вооружениях.',
  '',
  'По словам Путина, срок действия договора истекает в феврале, и без него в мире не останется ограничений на ядерные арсеналы.',
].join('\n');

describe('search, as a user, over the demo library', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let quire: AppPage;
  let search: SearchPage;

  beforeAll(async () => {
    app = await startWebApp(47903);
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
    search = new SearchPage(browser.page);
    await quire.open('#/library');
    await browser.page.getByText("Putin says he's ready to start talks").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('finds "New START" in the clip, its quotes and the note, with the words highlighted', async () => {
    await quire.go('Search');
    await search.search('New START');
    const titles = await search.titles();
    expect(titles.some((t) => t.startsWith("Putin says he's ready to start talks"))).toBe(true);
    expect(titles.some((t) => t.startsWith('Vladimir Putin —'))).toBe(true);
    expect((await search.marks()).map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['new', 'start']));
    await quire.screenshot('search-new-start');
  });

  it('filters by actor and treaty, by name or alias, and still finds a misspelling', async () => {
    await search.search('actor:Putin treaty:INF');
    const filtered = await search.titles();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((t) => t.startsWith('Vladimir Putin —') || t.includes('INF'))).toBe(true);

    await search.search('Puttin');
    expect((await search.titles()).length).toBeGreaterThan(0);
    await search.search('type:quote Putin');
    expect((await search.titles()).every((t) => t.startsWith('Vladimir Putin —'))).toBe(true);
  });

  it('finds Russian text: "Путин" in a clip pasted in Russian', async () => {
    await quire.go('Library');
    const flow = new ClipFlow(browser.page);
    await flow.clip(RUSSIAN_ARTICLE);
    await flow.waitForReader();
    await quire.go('Search');
    await search.search('Путин');
    await search.result(/ДСНВ/).waitFor();
    await search.search('путина');
    await search.result(/ДСНВ/).waitFor();
  });

  it('follows an edit: a word put in a quote’s comment is found at once', async () => {
    await search.search('type:quote "intercontinental missiles"');
    await search.results.first().click();
    const reader = new ReaderPage(browser.page);
    await reader.ready();
    const card = reader.quotePanel.locator('.quote-card.active');
    await card.getByLabel('Comment').fill('Compare with the zugzwang remark in Helsinki');
    await reader.title.click();
    await quire.go('Search');
    await search.box.fill('zugzwang');
    // The index takes the edit in within a moment; the results follow without retyping.
    await search.results.first().waitFor();
    expect((await search.titles()).length).toBe(1);
  });

  it('after a reload, searches at once from the index on disk, without a rebuild', async () => {
    await browser.page.reload();
    await quire.go('Search');
    await search.search('zugzwang');
    expect((await search.titles()).length).toBe(1);
    await quire.go('Settings');
    await browser.page.getByText(/indexed, read back from disk at start/).waitFor();
    expect(appErrors(browser.errors)).toEqual([]);
  });
});
