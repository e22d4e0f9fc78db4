import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type RunningApp = { url: string; stop: () => Promise<void> };

/**
 * Starts the real `npm run web` service (the built one) on a port of the test's
 * own, so a developer's library on the default port is never touched. `env`
 * adds variables, such as QUIRE_TEST_ONLY_FETCH_ALLOW for the suite's own sites.
 */
export async function startWebApp(port: number, env: Record<string, string> = {}): Promise<RunningApp> {
  const entry = `${root}dist/electron/serve.mjs`;
  if (!existsSync(entry) || !existsSync(`${root}dist/renderer/index.html`)) {
    throw new Error('The app is not built: run `npm run build` before the e2e tests.');
  }
  // QUIRE_E2E_PORT_OFFSET lets several checkouts run their e2e suites side by side.
  const shifted = port + Number(process.env.QUIRE_E2E_PORT_OFFSET ?? 0);
  const child = spawn(process.execPath, [entry, '--port', String(shifted)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The web service did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web service exited with ${code}:\n${output}`));
    });
  });
}
