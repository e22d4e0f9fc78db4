// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layer boundaries of ../shared/DESIGN.md, enforced rather than hoped for:
 * shared/ runs anywhere; renderer/ and electron/ meet only through shared/;
 * only renderer/db/ talks to Dexie.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'crypto', 'child_process', 'url', 'stream', 'zlib', 'buffer'];

const sharedLayer = {
  files: ['shared/**/*.ts'],
  ignores: ['shared/**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [
        { name: 'dexie', message: 'shared/ runs anywhere: no Dexie (use renderer/db/).' },
        { name: 'react', message: 'shared/ runs anywhere: no React.' },
        { name: 'electron', message: 'shared/ runs anywhere: no Electron.' },
      ],
      patterns: [
        { group: nodeBuiltins, message: 'shared/ runs anywhere: no Node built-ins.' },
        { group: ['dexie*', 'react*', '@lexical/*', 'lexical'], message: 'shared/ runs anywhere: no UI or storage libraries.' },
        { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports neither renderer/ nor electron/.' },
      ],
    }],
    'no-restricted-globals': ['error',
      { name: 'window', message: 'shared/ runs anywhere: no window.' },
      { name: 'document', message: 'shared/ runs anywhere: no document.' },
      { name: 'navigator', message: 'shared/ runs anywhere: no navigator.' },
      { name: 'localStorage', message: 'shared/ runs anywhere: no localStorage.' },
      { name: 'indexedDB', message: 'shared/ runs anywhere: no indexedDB.' },
      { name: 'process', message: 'shared/ runs anywhere: no process.' },
      { name: 'Buffer', message: 'shared/ runs anywhere: no Buffer.' },
    ],
  },
};

const rendererLayer = {
  files: ['renderer/**/*.{ts,tsx}'],
  ignores: ['renderer/db/**', 'renderer/vite.config.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [
        { name: 'electron', message: 'renderer/ never imports Electron: talk to the Shell (renderer/shell/).' },
        { name: 'dexie', message: 'Only renderer/db/ imports Dexie: read through its hooks and repositories.' },
        { name: 'dexie-react-hooks', message: 'Only renderer/db/ imports Dexie: use the hooks in renderer/db/.' },
      ],
      patterns: [
        { group: ['**/electron/**', '../electron', '../../electron'], message: 'renderer/ and electron/ share types only through shared/.' },
        { group: nodeBuiltins, message: 'renderer/ runs in the page: no Node built-ins.' },
      ],
    }],
  },
};

const rendererDbLayer = {
  files: ['renderer/db/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [{ name: 'electron', message: 'renderer/ never imports Electron.' }],
      patterns: [
        { group: ['**/electron/**'], message: 'renderer/ and electron/ share types only through shared/.' },
        { group: ['**/features/**', '**/app/**'], message: 'The data layer does not know the screens.' },
      ],
    }],
  },
};

const electronLayer = {
  files: ['electron/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [
        { name: 'react', message: 'electron/ has no UI code.' },
        { name: 'dexie', message: 'electron/ has no database: the renderer owns IndexedDB.' },
      ],
      patterns: [{ group: ['**/renderer/**'], message: 'renderer/ and electron/ share types only through shared/.' }],
    }],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'A skipped test is a defect.' },
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'A focused test hides the rest.' },
      ],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['renderer/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' } },
  { files: ['electron/**/*.ts', 'build/**', 'test/**', '.ci/**', '*.js', '**/*.config.*'], languageOptions: { globals: { ...globals.node } } },
  sharedLayer,
  rendererLayer,
  rendererDbLayer,
  electronLayer,
);
