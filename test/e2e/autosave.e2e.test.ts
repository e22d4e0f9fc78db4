import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKillableBrowser } from './killable-browser';
import type { KillableBrowser } from './killable-browser';
import { AppPage } from './pages/AppPage';
import { NotesPage } from './pages/NotesPage';
import { ReaderPage } from './pages/ReaderPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

/** Steady typing: a key every 60 ms, never the pause a debounce waits for, for several seconds. */
const TYPED =
  'The inspections stopped in 2020 and never resumed; the data exchanges went on a while longer, then stopped too, and nobody said so aloud.';

describe('autosave, when the app dies', () => {
  let app: RunningApp;
  let profile: string;
  let chrome: KillableBrowser | null = null;

  beforeAll(async () => {
    app = await startWebApp(47921);
    profile = await mkdtemp(join(tmpdir(), 'quire-e2e-crash-'));
  });

  afterAll(async () => {
    await chrome?.kill();
    await app?.stop();
    await rm(profile, { recursive: true, force: true });
  });

  it('keeps steady typing that no pause ever saved when the browser is killed mid-sentence', async () => {
    chrome = await launchKillableBrowser(profile);
    const quire = new AppPage(chrome.page, app.url);
    await quire.open('#/notes');
    const notes = new NotesPage(chrome.page);
    await notes.newNote('Typed through a crash');
    await notes.editor.click();
    await chrome.page.keyboard.type(TYPED, { delay: 60 });
    // Killed at once after the last key: no blur, no pagehide, no unmount.
    await chrome.kill();

    chrome = await launchKillableBrowser(profile);
    const next = new AppPage(chrome.page, app.url);
    await next.open('#/notes');
    const again = new NotesPage(chrome.page);
    await again.listItem('Typed through a crash').click();
    // The title and the text are one record: once the title shows, the editor holds what was stored.
    await expect.poll(() => again.title.inputValue()).toBe('Typed through a crash');
    const text = (await again.editor.innerText()).trim();
    // What is back is what was typed, in order; at most the last moments before the kill are missing.
    expect(TYPED.startsWith(text)).toBe(true);
    expect(text.length).toBeGreaterThan(TYPED.length / 2);
  });

  it('keeps a quote comment typed right before a reload, with no blur', async () => {
    chrome ??= await launchKillableBrowser(profile);
    const page = chrome.page;
    const quire = new AppPage(page, app.url);
    await quire.open('#/library');
    await page.getByRole('link', { name: /Putin says he's ready/ }).first().click();
    const reader = new ReaderPage(page);
    const card = reader.quoteCard('In early 2021 the New START treaty');
    await card.getByLabel('Comment').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Check the 2021 extension date');
    await page.reload();
    await reader.title.waitFor();
    await expect.poll(() => reader.quoteCard('In early 2021 the New START treaty').getByLabel('Comment').inputValue()).toBe('Check the 2021 extension date');
  });
});
