import type { Locator, Page } from 'playwright-core';

/** The Notes place: the list, the title field and the Lexical editor with its typeaheads. */
export class NotesPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByLabel('Note title');
  }

  get editor(): Locator {
    return this.page.getByLabel('Note text');
  }

  option(name: RegExp): Locator {
    return this.page.getByRole('option', { name });
  }

  async newNote(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New note' }).first().click();
    await this.title.fill(title);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async insertQuote(search: string, option: RegExp): Promise<void> {
    await this.type(`/quote ${search}`);
    await this.option(option).click();
  }

  async mention(typed: string, option: RegExp): Promise<void> {
    await this.type(`@${typed}`);
    await this.option(option).waitFor();
    await this.page.keyboard.press('Enter');
  }

  listItem(title: string): Locator {
    return this.page.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: new RegExp(title) }).first();
  }
}
