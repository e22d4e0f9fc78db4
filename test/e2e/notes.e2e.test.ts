import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { NotesPage } from './pages/NotesPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

describe('notes, as a user', () => {
  let app: RunningApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startWebApp(47904);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('writes a note with shortcuts, the demo’s Putin quote and @New START; closing mid-typing loses nothing', async () => {
    const quire = new AppPage(browser.page, app.url);
    await quire.open('#/library');
    await browser.page.getByText("Putin says he's ready to start talks").waitFor();
    await quire.go('Notes');
    const notes = new NotesPage(browser.page);
    await notes.newNote('Thesis: the treaties left standing');
    await notes.editor.click();
    await notes.type('# Where things stand\n');
    await notes.type('- INF is gone\n\n');
    await notes.insertQuote('intercontinental', /intercontinental missiles/);
    await notes.editor.getByText(/New START treaty \(on intercontinental missiles\) expires/).waitFor();
    await notes.type('So ');
    await notes.mention('New ST', /New START/);
    // Choosing a mention adds the space after it, as a word would have.
    await notes.type('is the last one standing, typed right before the window closed');
    await quire.screenshot('note-editor');

    // Close the window at once, mid-typing: no blur, no time for the debounce.
    await browser.page.close({ runBeforeUnload: true });
    browser.page = await browser.context.newPage();
    const reopened = new AppPage(browser.page, app.url);
    await reopened.open('#/notes');
    const again = new NotesPage(browser.page);
    await again.listItem('Thesis: the treaties left standing').click();
    await again.editor.getByText(/typed right before the window closed/).waitFor();
    // The cited quote is read from the library after the note's own text shows.
    await again.editor.getByText(/New START treaty \(on intercontinental missiles\) expires/).waitFor();
    const text = await again.editor.innerText();
    expect(text).toContain('Where things stand');
    expect(text).toContain('INF is gone');
    expect(text).toMatch(/New START treaty \(on intercontinental missiles\) expires/);
    expect(text).toContain('So New START is the last one standing, typed right before the window closed');
    expect(await again.editor.locator('h1').innerText()).toBe('Where things stand');
  });

  it('lists the note on New START’s page', async () => {
    const quire = new AppPage(browser.page, app.url);
    await quire.go('Entities');
    await browser.page.getByRole('link', { name: /^New START/ }).first().click();
    await browser.page.locator('main h1', { hasText: 'New START' }).waitFor();
    await browser.page.getByRole('link', { name: 'Thesis: the treaties left standing' }).waitFor();
    expect(appErrors(browser.errors)).toEqual([]);
  });
});
