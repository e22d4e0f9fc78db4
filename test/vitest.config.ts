import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    // .ci/run reads the JSON report to print its one-line summary.
    reporters: process.env.QUIRE_TEST_JSON ? ['default', ['json', { outputFile: process.env.QUIRE_TEST_JSON }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/*.browser.test.*', 'test/e2e/**', '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        // Browser tests read the shared fixtures (../shared/fixtures) through Vite's file server.
        server: { fs: { allow: [root, fileURLToPath(new URL('../../shared/fixtures', import.meta.url))] } },
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload and fail the file.
        optimizeDeps: {
          include: [
            'react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', 'dexie', 'dexie-react-hooks', 'dompurify',
            '@mozilla/readability', 'fflate', 'zod', 'lexical', '@lexical/rich-text', '@lexical/list', '@lexical/link',
            '@lexical/markdown', '@lexical/history', '@lexical/utils', '@lexical/selection', '@lexical/html', '@lexical/code',
            '@lexical/headless', 'fast-check',
            ...['ClickableLinkPlugin', 'Composer', 'ComposerContext', 'ContentEditable', 'EditorRefPlugin', 'ErrorBoundary',
              'HistoryPlugin', 'LinkPlugin', 'ListPlugin', 'MarkdownShortcutPlugin', 'RichTextPlugin', 'TypeaheadMenuPlugin',
            ].map((name) => `@lexical/react/Lexical${name}`),
          ],
        },
        test: {
          name: 'browser',
          include: ['renderer/**/*.browser.test.ts', 'renderer/**/*.browser.test.tsx'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
