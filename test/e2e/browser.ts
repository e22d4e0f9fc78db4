import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium';

export type TestBrowser = {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close: () => Promise<void>;
};

/**
 * Debian's Chromium with a fresh profile of the test's own: IndexedDB persists
 * across reloads within a test, and nothing leaks between runs.
 */
export async function openBrowser(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'quire-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Console errors that are the app's own faults. Some are not: while the clipper
 * parses a hostile page in an inert document (DOMParser), Chromium reports each
 * inline style and inline event handler that the app's strict CSP refuses to
 * compile there (the policy doing its job: nothing runs, and the sanitizer then
 * drops them); and a failed resource load is reported when a test cuts the
 * network on purpose.
 */
const EXPECTED = ['Applying inline style violates', 'Executing inline event handler violates', 'Failed to load resource'];

export function appErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => !EXPECTED.some((prefix) => e.startsWith(prefix)));
}
