import type { Locator, Page } from 'playwright-core';

/** The Library list as a user works it: rows with checkboxes, the selection toolbar, the Undo toast; and the trash in Settings. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByRole('list', { name: 'Clips' }).locator('.clip-row');
  }

  titles(): Promise<string[]> {
    return this.rows.locator('.clip-title').allInnerTexts();
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.locator('.clip-title', { hasText: title }) });
  }

  async select(title: string): Promise<void> {
    await this.row(title).getByRole('checkbox').click();
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selected clips' });
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  get trashedClips(): Locator {
    return this.page.getByRole('list', { name: 'Clips in the trash' }).locator('li');
  }

  trashedClip(title: string): Locator {
    return this.trashedClips.filter({ hasText: title });
  }
}
