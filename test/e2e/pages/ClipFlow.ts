import type { FrameLocator, Page } from 'playwright-core';

/** Clipping as a user does it: the Clip dialog, the import picker, and the reader that opens after. */
export class ClipFlow {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Clip an article' });
  }

  async clip(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Clip…' }).click();
    await this.dialog.getByLabel(/Paste a link/).fill(text);
    await this.dialog.getByRole('button', { name: 'Clip', exact: true }).click();
  }

  async waitForReader(): Promise<string> {
    await this.page.waitForURL(/#\/library\/[0-9A-Z]{26}/);
    return new URL(this.page.url()).hash;
  }

  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.getByTestId('import-files-input').setInputFiles(files);
  }

  get importDialog() {
    return this.page.getByRole('dialog', { name: /^Importing/ });
  }

  readerFrame(): FrameLocator {
    return this.page.frameLocator('iframe.reader-frame');
  }
}
