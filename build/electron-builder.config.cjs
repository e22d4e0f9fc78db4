// electron-builder configuration: `npm run dist` builds for the current OS.
// Everything the app runs is bundled into dist/ (esbuild for main, preload and
// serve; Vite for the renderer), so the package holds dist/ and package.json only.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.quire.notebook',
  productName: 'Quire',
  copyright: 'Copyright © Quire',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist/**/*',
    'package.json',
    '!dist/types{,/**/*}',
    '!**/*.map',
    '!**/*.{test,spec,browser.test,e2e.test}.*',
    '!**/{fixtures,__fixtures__,test,tests,__tests__}{,/**/*}',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/*.tsbuildinfo',
    // Dependencies are already inside the bundles; shipping node_modules would only add weight.
    '!**/node_modules{,/**/*}',
  ],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  afterPack: './build/after-pack.cjs',
  fileAssociations: [
    {
      ext: 'quire',
      name: 'Quire backup',
      description: 'Quire library backup',
      mimeType: 'application/x-quire-backup',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons/png',
    synopsis: 'Offline-first research notebook',
    executableName: 'quire',
    desktop: {
      entry: {
        Name: 'Quire',
        GenericName: 'Research Notebook',
        Comment: 'Clip articles, mark quotes, tag actors and treaties, search everything',
        Categories: 'Office;',
        Keywords: 'notes;research;clipping;quotes;',
        MimeType: 'application/x-quire-backup;',
        StartupWMClass: 'Quire',
      },
    },
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.productivity',
    icon: 'build/icons/png/1024x1024.png',
    hardenedRuntime: true,
  },
  dmg: { title: 'Quire ${version}' },
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'build/icons/icon.ico',
  },
  nsis: {
    oneClick: false,
    // File associations written by NSIS only take effect for a per-machine install.
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Quire',
  },
};
