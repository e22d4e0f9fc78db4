import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { targets } from '../build/esbuild.mjs';
import viteConfig from '../renderer/vite.config';

// A source map ships the whole source; neither build emits one (the packager and the web service refuse them too).
describe('source maps', () => {
  it('are not emitted by the Electron side’s bundles, nor linked from them', async () => {
    for (const [name, options] of Object.entries(targets)) {
      expect(options.sourcemap, name).toBeFalsy();
      const result = await build({ ...options, write: false, logLevel: 'silent' });
      expect(result.outputFiles.map((file) => file.path).filter((file) => file.endsWith('.map')), name).toEqual([]);
      expect(result.outputFiles.some((file) => file.text.includes('sourceMappingURL')), name).toBe(false);
    }
  });

  it('are not emitted by the renderer’s Vite build', () => {
    expect((viteConfig as { build?: { sourcemap?: unknown } }).build?.sourcemap).toBe(false);
  });
});
