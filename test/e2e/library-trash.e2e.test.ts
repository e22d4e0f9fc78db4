import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { ClipFlow } from './pages/ClipFlow';
import { LibraryPage } from './pages/LibraryPage';
import { SearchPage } from './pages/SearchPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

const article = (title: string, word: string) =>
  Buffer.from(`# ${title}\n\nThe ${word} delegation arrived in Geneva on Monday, and the talks on the treaty went on late into the night.\n\nBy morning the ${word} side had a draft ready.`);

describe('trashing clips, as a user', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let quire: AppPage;
  let library: LibraryPage;

  beforeAll(async () => {
    app = await startWebApp(47912);
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
    library = new LibraryPage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('trashes a selection and a clip from the reader, undoes, restores and deletes forever from the trash, and it all lasts a reload', async () => {
    const { page } = browser;
    await quire.open('#/library');
    const flow = new ClipFlow(page);
    await flow.importFiles([
      { name: 'alpha.md', mimeType: 'text/markdown', buffer: article('Alpha talks', 'Norwegian') },
      { name: 'beta.md', mimeType: 'text/markdown', buffer: article('Beta talks', 'Austrian') },
      { name: 'gamma.md', mimeType: 'text/markdown', buffer: article('Gamma talks', 'Finnish') },
    ]);
    await flow.importDialog.getByRole('button', { name: 'Done' }).click();
    await library.row('Gamma talks').waitFor();

    await library.select('Alpha talks');
    await library.row('Beta talks').locator('.clip-link').click({ modifiers: ['Control'] });
    await library.toolbar.getByRole('button', { name: 'Move to trash (2)' }).click();
    await library.toast.getByText('2 clips moved to the trash').waitFor();
    expect(await library.titles()).not.toContain('Alpha talks');
    await library.toast.getByRole('button', { name: 'Undo' }).click();
    await library.row('Alpha talks').waitFor();
    await library.row('Beta talks').waitFor();

    await library.row('Beta talks').locator('.clip-link').click();
    await page.getByRole('heading', { name: 'Beta talks' }).waitFor();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await library.toast.getByText('“Beta talks” moved to the trash').waitFor();
    expect(new URL(page.url()).hash).toBe('#/library');
    expect(await library.titles()).not.toContain('Beta talks');

    const search = new SearchPage(page);
    await quire.go('Search');
    await search.search('delegation');
    // The index applies the trash in the background, and the results follow it when it lands.
    await expect.poll(async () => (await search.titles()).sort()).toEqual(['Alpha talks', 'Gamma talks']);

    await quire.go('Library');
    await library.row('Alpha talks').locator('.clip-link').focus();
    await page.keyboard.press('Delete');
    await library.toast.getByText('“Alpha talks” moved to the trash').waitFor();
    expect(await library.titles()).not.toContain('Alpha talks');
    expect(await library.titles()).toContain('Gamma talks');

    await quire.go('Settings');
    await library.trashedClip('Alpha talks').waitFor();
    expect(await library.trashedClips.count()).toBe(2);
    await library.trashedClip('Beta talks').getByRole('button', { name: 'Restore “Beta talks”' }).click();
    await page.getByText('“Beta talks” is back in the Library.').waitFor();
    await library.trashedClip('Alpha talks').getByRole('button', { name: 'Delete “Alpha talks” forever' }).click();
    await page.getByRole('alertdialog', { name: 'Delete forever' }).getByRole('button', { name: 'Delete forever' }).click();
    await page.getByText('“Alpha talks” was deleted for good.').waitFor();
    expect(await library.trashedClips.count()).toBe(0);
    await quire.screenshot('library-trash-settings');

    await page.reload();
    await quire.open('#/library');
    await library.row('Beta talks').waitFor();
    const after = await library.titles();
    expect(after).toContain('Gamma talks');
    expect(after).not.toContain('Alpha talks');
    await quire.screenshot('library-trash-list');
    expect(appErrors(browser.errors)).toEqual([]);
  });
});
