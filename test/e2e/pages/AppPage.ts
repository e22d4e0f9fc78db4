import type { Locator, Page } from 'playwright-core';
import { screenshotDir } from '../browser';

export type PlaceName = 'Library' | 'Entities' | 'Notes' | 'Search' | 'Settings';

/** The app shell as a user sees it: the sidebar of places and the open place. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}${hash}`);
    await this.page.locator('main[data-place]').waitFor();
  }

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Places' });
  }

  get heading(): Locator {
    return this.page.locator('main h1');
  }

  get appInfo(): Locator {
    return this.page.getByTestId('app-info');
  }

  placeLink(name: PlaceName): Locator {
    return this.sidebar.getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async go(name: PlaceName): Promise<void> {
    await this.placeLink(name).click();
    await this.waitForPlace(name);
  }

  async waitForPlace(name: PlaceName): Promise<void> {
    await this.page.locator(`main[data-place="${name.toLowerCase()}"]`).waitFor();
  }

  async currentPlace(): Promise<string | null> {
    return this.sidebar.locator('[aria-current="page"] span').textContent();
  }

  async screenshot(name: string): Promise<string> {
    const path = `${screenshotDir}/${name}.png`;
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }
}
