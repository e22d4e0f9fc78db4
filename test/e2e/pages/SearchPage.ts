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

  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await this.page.locator('.search-status', { hasText: /result/ }).waitFor();
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
