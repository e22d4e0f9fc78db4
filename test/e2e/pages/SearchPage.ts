import type { Locator, Page } from 'playwright-core';

/** The Search place: the query box, the type tabs, results with snippets, facets. */
export class SearchPage {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search everything' });
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: 'Results' }).locator('.search-hit');
  }

  /** Types the query and waits for the answer to that query, not an earlier one. */
  async search(query: string): Promise<void> {
    await this.box.fill(query);
    const quoted = query.replace(/["\\]/g, (ch) => `\\${ch}`);
    await this.page.locator(`.search-status[data-answered="${quoted}"]`).waitFor();
  }

  /** The results' titles once the newest query has answered. */
  async titles(): Promise<string[]> {
    return this.results.locator('.hit-title').allInnerTexts();
  }

  /** The highlighted words of every snippet. */
  async marks(): Promise<string[]> {
    return this.results.locator('.hit-snippet mark').allInnerTexts();
  }

  result(title: RegExp | string): Locator {
    return this.results.filter({ has: this.page.locator('.hit-title', { hasText: title }) });
  }
}
