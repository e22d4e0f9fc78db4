import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { EntityPage } from './pages/EntityPage';
import { ReaderPage } from './pages/ReaderPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

const SENTENCE = 'We have no intention of getting involved in such a race, but we also have an obligation to ensure our security';
const SECOND = 'Putin dismissed speculation about an arms race';

describe('reading the demo clip, quoting, tagging and merging, as a user', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let quire: AppPage;
  let reader: ReaderPage;
  let entity: EntityPage;

  beforeAll(async () => {
    app = await startWebApp(47911);
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
    reader = new ReaderPage(browser.page);
    entity = new EntityPage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens a new library on the demo and reads the demo clip with its quotes highlighted', async () => {
    await quire.open('#/library');
    const page = browser.page;
    await page.getByRole('region', { name: 'Demo' }).waitFor();
    await quire.screenshot('library-demo');
    await page.getByRole('link', { name: /Putin says he's ready/ }).click();
    await reader.title.waitFor();
    expect(await reader.title.textContent()).toBe("Putin says he's ready to start talks with US on arms control");
    expect(await page.locator('.reader-meta').textContent()).toContain('The Hill');
    await expect.poll(() => reader.quotePanel.locator('.quote-card').count()).toBe(3);
    const demoQuote = reader.quoteCard('In early 2021 the New START treaty');
    const demoId = (await demoQuote.getAttribute('data-quote-id'))!;
    await expect.poll(() => reader.highlightedText(demoId)).toContain('In early 2021 the New START treaty');
  });

  it('makes a quote from a selection, sets Putin as speaker by typing "Put" and tags New START', async () => {
    await reader.selectText(SENTENCE);
    expect(await reader.selectedText()).toBe(SENTENCE);
    await reader.quoteButton.click();
    const card = reader.quoteCard(SENTENCE);
    await card.waitFor();
    const quoteId = (await card.getAttribute('data-quote-id'))!;
    await expect.poll(() => reader.highlightedText(quoteId)).toBe(SENTENCE);

    await reader.pick(card, 'Speaker', 'Put', /^Vladimir Putin/);
    await card.getByRole('link', { name: 'Vladimir Putin' }).waitFor();
    await reader.pick(card, 'Tag an actor or treaty', 'New START', /^New START/);
    await card.getByRole('link', { name: 'New START' }).waitFor();
    await quire.screenshot('reader');
    await browser.page.emulateMedia({ colorScheme: 'dark' });
    await quire.screenshot('reader-dark');
    await browser.page.emulateMedia({ colorScheme: 'light' });

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await card.getByRole('button', { name: 'Copy citation' }).click();
    await card.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await browser.page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${SENTENCE}” — Vladimir Putin, Putin says he's ready to start talks with US on arms control, The Hill, 2019-07-04, https://thehill.com/`,
    );
  });

  it('shows the quote on New START’s timeline, beside the treaty’s own dates', async () => {
    await reader.quoteCard(SENTENCE).getByRole('link', { name: 'New START' }).click();
    await entity.name.filter({ hasText: 'New START' }).waitFor();
    const entry = entity.timeline.getByRole('listitem').filter({ hasText: SENTENCE });
    await entry.waitFor();
    expect(await entry.locator('time').getAttribute('datetime')).toBe('2019-07-04');
    expect(await entity.timeline.getByRole('listitem').filter({ hasText: 'Signed' }).locator('time').getAttribute('datetime')).toBe('2010-04-08');
    await quire.screenshot('entity-new-start');
  });

  it('merges a duplicate "V. Putin" into Vladimir Putin and the quote follows, undoably', async () => {
    const page = browser.page;
    await page.goBack();
    await reader.title.waitFor();
    await reader.selectText(SECOND);
    await page.keyboard.press('q');
    const card = reader.quoteCard(SECOND);
    await card.waitFor();
    await card.getByRole('combobox', { name: 'Speaker' }).fill('V. Putin');
    await card.getByRole('option', { name: /Create “V\. Putin”/ }).click();
    await card.getByRole('group', { name: /New entry/ }).getByRole('button', { name: 'Person' }).click();
    await card.getByRole('link', { name: 'V. Putin' }).click();

    await entity.name.filter({ hasText: 'V. Putin' }).waitFor();
    await entity.section('Said by V. Putin').getByText(SECOND).waitFor();
    await entity.mergeInto('Vladimir', 'Vladimir Putin');
    await entity.section('Said by Vladimir Putin').getByText(SECOND).waitFor();
    await entity.aliases.getByText('V. Putin').waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).waitFor();
  });

  it('keeps everything after a reload', async () => {
    const page = browser.page;
    await page.reload();
    await entity.name.filter({ hasText: 'Vladimir Putin' }).waitFor();
    await entity.section('Said by Vladimir Putin').getByText(SECOND).waitFor();
    await entity.section('Said by Vladimir Putin').getByText(SENTENCE).waitFor();
    expect(await entity.aliases.textContent()).toContain('V. Putin');
    await quire.screenshot('entity-putin');

    await quire.open('#/entities');
    await page.getByRole('searchbox', { name: 'Search entities' }).fill('new start');
    await page.getByRole('region', { name: 'Treaties' }).getByRole('link', { name: 'New START' }).click();
    await entity.timeline.getByRole('listitem').filter({ hasText: SENTENCE }).click();
    await reader.title.waitFor();
    const quoteId = (await reader.quoteCard(SENTENCE).getAttribute('data-quote-id'))!;
    await expect.poll(() => reader.highlightedText(quoteId)).toBe(SENTENCE);
    expect(await reader.articleScrollY()).toBeGreaterThan(0);
    expect(browser.errors).toEqual([]);
  });

  it('remembers the reading position across a reload', async () => {
    const page = browser.page;
    await page.evaluate(() => (window.location.hash = window.location.hash.split('?')[0]!));
    await reader.scrollArticle(0);
    await page.waitForTimeout(1500);
    await page.reload();
    await reader.ready();
    expect(await reader.articleScrollY()).toBe(0);
    await reader.scrollArticle(0.5);
    const scrolled = await reader.articleScrollY();
    await page.waitForTimeout(1500);
    await page.reload();
    await reader.ready();
    await expect.poll(() => reader.articleScrollY()).toBeGreaterThan(scrolled - 20);
    expect(await reader.articleScrollY()).toBeLessThan(scrolled + 20);
  });

  it('removes the demo in one click, for good', async () => {
    const page = browser.page;
    await quire.go('Library');
    await page.getByRole('button', { name: 'Remove demo' }).click();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    expect(await page.getByRole('region', { name: 'Demo' }).count()).toBe(0);
  });
});
