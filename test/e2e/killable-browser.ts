import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium';

export type KillableBrowser = { browser: Browser; page: Page; kill: () => Promise<void> };

/**
 * Chromium started as a process of the test's own on a profile folder, so the
 * test can kill it the way a crash or a power cut ends the app: SIGKILL, no
 * pagehide, no unload, no chance to flush anything. Playwright drives it over
 * CDP; the next launch on the same profile is the user's next start.
 */
export async function launchKillableBrowser(profile: string): Promise<KillableBrowser> {
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1280,800', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await devtoolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    browser,
    page,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // The whole process group: the browser, its renderers and its storage service die at once.
        process.kill(-child.pid!, 'SIGKILL');
      }),
  };
}

function devtoolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}:\n${output}`));
    });
  });
}
