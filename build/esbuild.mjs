// Bundles the Electron side: main and serve for Node, the preload as ONE CommonJS
// file because a sandboxed preload can require nothing but 'electron'.
import { rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Electron 45 runs Node 22 and Chromium 140. */
// No source maps: the package and the web service ship the bundles only, not the sources they would reveal.
const common = { absWorkingDir: root, bundle: true, logLevel: 'warning', legalComments: 'none' };

/** @type {Record<'main' | 'preload' | 'serve', import('esbuild').BuildOptions>} */
export const targets = {
  main: {
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  },
  preload: {
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    // Loaded by every window, and zod comes along with the contract: keep it small to parse.
    minify: true,
  },
  serve: {
    ...common,
    entryPoints: ['electron/serve.ts'],
    outfile: 'dist/electron/serve.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS dependencies may still call require() for Node built-ins.
    banner: { js: "import { createRequire as __quireCreateRequire } from 'node:module'; const require = __quireCreateRequire(import.meta.url);" },
  },
};

export async function buildElectron() {
  await rm(new URL('../dist/electron', import.meta.url), { recursive: true, force: true });
  await Promise.all(Object.values(targets).map((options) => build(options)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildElectron();
  console.log('Built dist/electron/main.cjs, preload.cjs and serve.mjs');
}
