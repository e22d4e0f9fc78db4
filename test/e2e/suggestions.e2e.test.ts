import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, openBrowser } from './browser';
import type { TestBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { ClipFlow } from './pages/ClipFlow';
import { ReaderPage } from './pages/ReaderPage';
import { startWebApp } from './server';
import type { RunningApp } from './server';

const ARTICLE = [
  'Arms talks resume in Geneva',
  'Russian Foreign Minister Sergei Lavrov met US envoys in Geneva on Monday for a second round of talks on the New START treaty.',
  '“We are ready to discuss every weapon system, including those that were banned under the INF Treaty,” Lavrov told reporters after the meeting.',
  'Secretary of State Antony Blinken said the talks had been “useful but difficult” and that Washington would not rush a deal.',
  '“Nobody should expect a breakthrough this week. The gaps between Moscow and Washington remain wide,” Blinken added.',
  'NATO Secretary General Jens Stoltenberg warned that “arms control only works if everyone complies with the rules.”',
].join('\n\n');

describe('suggestions in the reader, as a user', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let quire: AppPage;
  let reader: ReaderPage;
  let flow: ClipFlow;
  let clipHash: string;

  beforeAll(async () => {
    app = await startWebApp(47910);
    browser = await openBrowser();
    quire = new AppPage(browser.page, app.url);
    reader = new ReaderPage(browser.page);
    flow = new ClipFlow(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const suggestions = () => reader.quotePanel.getByRole('region', { name: 'Suggestions' });
  const suggested = (text: string) => suggestions().getByRole('listitem', { name: new RegExp(`^Suggested quote: ${text}`) });

  it('suggests the demo clip’s one unmarked Putin quote and the treaties it names', async () => {
    await quire.open('#/library');
    await browser.page.getByRole('link', { name: /Putin says he's ready/ }).click();
    await reader.title.waitFor();
    const item = suggested('We have no intention');
    await item.waitFor();
    expect(await item.locator('.suggested-speaker').textContent()).toBe('Vladimir Putin');
    await expect.poll(() => suggestions().locator('.suggested-quote').count()).toBe(1);
    await suggestions().locator('.suggested-mention', { hasText: 'INF Treaty' }).waitFor();
    await suggestions().locator('.suggested-mention', { hasText: 'New START' }).waitFor();
  });

  it('clips a pasted article, accepts two suggested quotes and rejects one', async () => {
    await quire.open('#/library');
    await flow.clip(ARTICLE);
    clipHash = await flow.waitForReader();
    await reader.title.waitFor();
    await expect.poll(() => suggestions().locator('.suggested-quote').count(), { timeout: 15_000 }).toBe(4);
    expect(await suggested('We are ready').locator('.suggested-speaker').textContent()).toBe('Sergei Lavrov');

    // In the article, each suggestion is underlined with a dashed line and never painted like a saved quote.
    await expect.poll(async () => (await reader.suggestionUnderlines()).length).toBe(4);
    const lines = await reader.suggestionUnderlines();
    expect(lines.map((l) => l.text).sort()).toEqual([
      'Nobody should expect a breakthrough this week. The gaps between Moscow and Washington remain wide,',
      'We are ready to discuss every weapon system, including those that were banned under the INF Treaty,',
      'arms control only works if everyone complies with the rules.',
      'useful but difficult',
    ]);
    expect(new Set(lines.map((l) => `${l.line} / ${l.background}`))).toEqual(new Set(['underline dashed / rgba(0, 0, 0, 0)']));
    await reader.hoverSuggestion('useful but difficult');
    await expect.poll(() => suggested('useful but difficult').getAttribute('class')).toContain('focused');
    // Only the panel scrolls to the card: the page itself never grows or moves under the article.
    expect(await browser.page.evaluate(() => [window.scrollY, document.scrollingElement!.scrollHeight - window.innerHeight])).toEqual([0, 0]);
    await quire.screenshot('reader-suggestion-underlines');

    await suggested('We are ready').getByRole('button', { name: 'Accept' }).click();
    await reader.quoteCard('We are ready to discuss every weapon system').waitFor();
    await suggested('Nobody should expect').getByRole('button', { name: 'Accept' }).click();
    await reader.quoteCard('Nobody should expect a breakthrough').waitFor();
    await suggested('useful but difficult').getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => suggestions().locator('.suggested-quote').count()).toBe(1);
    // Accepted ones are painted as quotes now, the rejected one is plain text again: one underline is left.
    await expect.poll(async () => (await reader.suggestionUnderlines()).map((l) => l.text)).toEqual(['arms control only works if everyone complies with the rules.']);
    await quire.screenshot('reader-suggestions');
  });

  it('after a reload keeps the rejection and shows the accepted ones as quotes with their speakers', async () => {
    await quire.open(clipHash);
    await reader.title.waitFor();
    await reader.quoteCard('Nobody should expect').waitFor();
    await suggested('arms control only works').waitFor();
    expect(await suggestions().locator('.suggested-quote').count()).toBe(1);
    await expect.poll(async () => (await reader.suggestionUnderlines()).length).toBe(1);
    expect(await reader.quotePanel.locator('.quote-card').count()).toBe(2);
    await reader.quoteCard('We are ready').getByRole('link', { name: 'Sergei Lavrov' }).waitFor();
    await reader.quoteCard('Nobody should expect').getByRole('link', { name: /Blinken/ }).waitFor();
    expect(appErrors(browser.errors)).toEqual([]);
  });
});
