import type { Locator, Page } from 'playwright-core';

/** One entry of the catalog: its details, timeline, quotes and actions. */
export class EntityPage {
  constructor(readonly page: Page) {}

  get name(): Locator {
    return this.page.locator('main h1');
  }

  get timeline(): Locator {
    return this.page.getByRole('list', { name: 'Timeline' });
  }

  get aliases(): Locator {
    return this.page.getByRole('list', { name: 'Aliases' });
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  async mergeInto(typed: string, target: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Merge into…' }).click();
    await this.page.getByRole('combobox', { name: 'Merge into' }).fill(typed);
    await this.page.getByRole('option', { name: new RegExp(`^${target}`) }).click();
    await this.page.getByRole('group', { name: 'Confirm the merge' }).getByRole('button', { name: 'Merge' }).click();
    await this.page.locator('main h1', { hasText: target }).waitFor();
  }
}
