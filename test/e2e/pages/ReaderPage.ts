import type { Locator, Page } from 'playwright-core';

/** A clip open in the reader: the sandboxed article frame and the quotes panel beside it. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.locator('main h1.reader-title');
  }

  get quotePanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Quotes' });
  }

  get quoteButton(): Locator {
    return this.page.locator('.quote-button');
  }

  quoteCard(text: string): Locator {
    return this.quotePanel.locator('.quote-card', { hasText: text });
  }

  // The frame runs no scripts (sandboxed without allow-scripts), so nothing is evaluated inside it:
  // its document is reached from the app page, whose origin it shares, as the reader itself does.

  /** Selects `text` in the article the way a user does: clicking before its first letter and Shift+clicking after its last. */
  async selectText(text: string): Promise<void> {
    await this.ready();
    const box = await this.page.locator('iframe.reader-frame').boundingBox();
    const rects = await this.page.evaluate((needle) => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at === -1) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, at + needle.length - 1);
        range.setEnd(node, at + needle.length);
        const last = range.getBoundingClientRect();
        return { x1: first.left + 0.5, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
      }
      return null;
    }, text);
    if (!rects || !box) throw new Error(`"${text}" is not in the article as one run of text.`);
    // Click, then Shift+click: a drag would make Playwright probe the frame for drag-and-drop with a
    // script, which the script-less frame refuses, and Playwright then closes the page.
    await this.page.mouse.click(box.x + rects.x1, box.y + rects.y1);
    await this.page.keyboard.down('Shift');
    await this.page.mouse.click(box.x + rects.x2, box.y + rects.y2);
    await this.page.keyboard.up('Shift');
  }

  /** Waits until the article frame is loaded and the reader listens to it. */
  async ready(): Promise<void> {
    await this.page.locator('.reader-frame-wrap[data-ready]').waitFor();
  }

  /** Scrolls the article to `fraction` (0..1) of its length, as the wheel would. */
  async scrollArticle(fraction: number): Promise<void> {
    await this.ready();
    await this.page.evaluate((f) => {
      const win = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!;
      win.scrollTo(0, f * (win.document.documentElement.scrollHeight - win.innerHeight));
    }, fraction);
  }

  async articleScrollY(): Promise<number> {
    return this.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.scrollY);
  }

  async selectedText(): Promise<string> {
    return this.page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.getSelection()?.toString() ?? '');
  }

  /** The text of the highlight marks of one quote. */
  async highlightedText(quoteId: string): Promise<string> {
    return this.page.evaluate((id) => [...document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!.querySelectorAll(`mark[data-quote-ids~="${id}"]`)].map((m) => m.textContent).join(''), quoteId);
  }

  async pick(card: Locator, field: string, typed: string, option: string | RegExp): Promise<void> {
    await card.getByRole('combobox', { name: field }).fill(typed);
    await card.getByRole('option', { name: option }).click();
  }

  /** The suggested-quote underlines in the article, one per suggestion, with the line and background the reader sees. */
  async suggestionUnderlines(): Promise<{ id: string; text: string; line: string; background: string }[]> {
    await this.ready();
    return this.page.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const byId = new Map<string, { id: string; text: string; line: string; background: string }>();
      for (const mark of doc.querySelectorAll<HTMLElement>('mark.suggestion')) {
        const id = mark.dataset.suggestionIds!.split(' ').at(-1)!;
        const style = doc.defaultView!.getComputedStyle(mark);
        const entry = byId.get(id) ?? { id, text: '', line: `${style.textDecorationLine} ${style.textDecorationStyle}`, background: style.backgroundColor };
        entry.text += mark.textContent;
        byId.set(id, entry);
      }
      return [...byId.values()];
    });
  }

  /** Moves the mouse onto the underline of the suggested quote that contains `text`, scrolling it into view first. */
  async hoverSuggestion(text: string): Promise<void> {
    await this.ready();
    const box = await this.page.locator('iframe.reader-frame').boundingBox();
    const point = await this.page.evaluate((needle) => {
      const doc = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentDocument!;
      const mark = [...doc.querySelectorAll<HTMLElement>('mark.suggestion')].find((m) => m.textContent!.includes(needle));
      if (!mark) return null;
      mark.scrollIntoView({ block: 'center' });
      const rect = mark.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    }, text);
    if (!point || !box) throw new Error(`No suggested quote containing "${text}" is underlined.`);
    await this.page.mouse.move(box.x + point.x, box.y + point.y);
  }
}
