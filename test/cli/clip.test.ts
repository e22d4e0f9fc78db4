import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const cli = (...args: string[]) => run(tsx, ['test/cli/clip.ts', ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });

describe('npm run clip', () => {
  it('prints a fixture page as a clip in JSON', async () => {
    const { stdout } = await cli('../shared/fixtures/pages/bbc-1/source.html', '--url', 'https://www.bbc.co.uk/news/world-us-canada-33646542');
    const clip = JSON.parse(stdout) as Record<string, unknown>;
    expect(clip).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      siteName: 'BBC News',
      lang: 'en',
      publishedAt: '2015-07-24T04:36:09.000Z',
    });
    expect(clip['canonicalUrl']).toBe('http://www.bbc.com/news/world-us-canada-33646704');
    expect(clip['text']).toContain('gun');
    expect(clip['wordCount']).toBeGreaterThan(300);
    expect(clip['contentHash']).toMatch(/^[0-9a-f]{64}$/);
  }, 180_000);

  it('says what is wrong with a bad call', async () => {
    await expect(cli()).rejects.toMatchObject({ code: 64, stderr: expect.stringContaining('Usage: npm run clip') });
    await expect(cli('no/such/file.html')).rejects.toMatchObject({ code: 66, stderr: expect.stringContaining('Cannot read') });
  }, 180_000);
});
