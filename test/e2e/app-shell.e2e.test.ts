import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

describe('the app shell, served by `npm run web`', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let quire: AppPage;

  beforeAll(async () => {
    app = await startWebApp(47901);
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens a new library on the demo notebook, with the shell answering app:info', async () => {
    await quire.open();
    await expect(quire.heading.textContent()).resolves.toBe('Library');
    await browser.page.getByText('Putin says he\'s ready to start talks with US on arms control').waitFor();
    await browser.page.getByText(/in the browser/).waitFor();
    expect(await quire.appInfo.textContent()).toMatch(/^Quire \d+\.\d+\.\d+ · in the browser$/);
    expect(await browser.page.title()).toBe('Library · Quire');
  });

  it('moves between the places by click, shortcut and arrow keys, and a reload keeps the place', async () => {
    for (const name of ['Entities', 'Notes', 'Search', 'Settings', 'Library'] as const) {
      await quire.go(name);
      expect(await quire.currentPlace()).toBe(name);
    }
    await browser.page.keyboard.press('Control+2');
    await quire.waitForPlace('Entities');
    await browser.page.keyboard.press('Control+4');
    await quire.waitForPlace('Search');
    await browser.page.keyboard.press('Control+1');
    await quire.waitForPlace('Library');

    await quire.placeLink('Library').focus();
    await browser.page.keyboard.press('ArrowDown');
    await browser.page.keyboard.press('ArrowDown');
    await browser.page.keyboard.press('Enter');
    await quire.waitForPlace('Notes');

    await browser.page.reload();
    await quire.waitForPlace('Notes');
    expect(await quire.currentPlace()).toBe('Notes');
    expect(browser.page.url()).toMatch(/#\/notes$/);
  });

  it('shows the running versions in Settings, fetched through the shell contract', async () => {
    await quire.go('Settings');
    await browser.page.getByTestId('about-version').waitFor();
    expect(await browser.page.getByTestId('about-version').textContent()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('takes screenshots in light and dark themes, with no console errors', async () => {
    await quire.open('#/library');
    const light = await quire.screenshot('shell-light');
    const lightBg = await browser.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await browser.page.emulateMedia({ colorScheme: 'dark' });
    const darkBg = await browser.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await quire.screenshot('shell-dark');

    expect(existsSync(light) && existsSync(dark)).toBe(true);
    expect(darkBg).not.toBe(lightBg);
    expect(browser.errors).toEqual([]);
  });

  it('shows a real empty state once the demo is removed, and it stays removed after a reload', async () => {
    await browser.page.emulateMedia({ colorScheme: 'light' });
    await quire.open('#/library');
    await browser.page.getByRole('button', { name: 'Remove demo' }).click();
    await browser.page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await browser.page.reload();
    await browser.page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await quire.screenshot('library-empty');
    expect(browser.errors).toEqual([]);
  });
});
