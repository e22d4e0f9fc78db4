import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import type { Configuration } from 'electron-builder';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const config = require('../build/electron-builder.config.cjs') as Configuration;
const afterPack = require('../build/after-pack.cjs') as ((context: unknown) => Promise<void>) & {
  FUSE_SETTINGS: Record<string, boolean>;
  fuseConfig: (context: unknown) => Record<string, unknown>;
};

type Matcher = { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (p: string) => string, patterns: string[]) => Matcher;
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and pins its id', () => {
    expect(config).toMatchObject({ appId: 'app.quire.notebook', productName: 'Quire', asar: true, directories: { output: 'release' } });
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).main).toBe('dist/electron/main.cjs');
  });

  it('builds AppImage and deb, a universal dmg and an nsis installer', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.mac).toMatchObject({ target: [{ target: 'dmg', arch: ['universal'] }], category: 'public.app-category.productivity' });
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
  });

  it('associates .quire backups, also in the Linux desktop entry', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'quire', name: 'Quire backup', mimeType: 'application/x-quire-backup' })]);
    const desktop = config.linux?.desktop as { entry: Record<string, string> };
    expect(desktop.entry.MimeType).toBe('application/x-quire-backup;');
    expect(desktop.entry.Name).toBe('Quire');
  });

  it('packages the built app and package.json, and no sources, tests, fixtures, maps or node_modules', () => {
    const filter = new FileMatcher(root, '', (pattern) => pattern, config.files as string[]).createFilter();
    const included = (relative: string) => filter(path.join(root, relative), { isDirectory: () => false });

    const shipped = ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-4f2a.js', 'dist/renderer/assets/index-4f2a.css'];
    expect(shipped.filter((file) => !included(file))).toEqual([]);

    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(20);
    expect(tracked.filter(included)).toEqual(['package.json']);

    const leaks = ['dist/electron/main.cjs.map', 'dist/electron/preload.cjs.map', 'dist/electron/serve.mjs.map', 'dist/renderer/assets/index-4f2a.js.map', 'dist/renderer/assets/index-4f2a.css.map', 'dist/types/electron/main.d.ts', 'dist/renderer/assets/a.test.js', 'dist/renderer/fixtures/page.html', 'node_modules/react/index.js', 'dist/renderer/node_modules/x.js'];
    expect(leaks.filter(included)).toEqual([]);
  });
});

describe('electron fuses (build/after-pack.cjs)', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  /** A stand-in binary carrying a real fuse wire, as Electron's does: every fuse at Electron's default. */
  function fakeElectron(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    const wire = Buffer.from([1, 8, 49, 48, 49, 49, 48, 48, 48, 49]);
    writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF padding'), Buffer.from(SENTINEL), wire, Buffer.from('tail')]));
  }

  const expected = {
    [FuseV1Options.RunAsNode]: 48,
    [FuseV1Options.EnableCookieEncryption]: 49,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: 48,
    [FuseV1Options.EnableNodeCliInspectArguments]: 48,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: 49,
    [FuseV1Options.OnlyLoadAppFromAsar]: 49,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: 48,
  };

  it('is the hook electron-builder runs', () => {
    expect(config.afterPack).toBe('./build/after-pack.cjs');
    expect(afterPack.FUSE_SETTINGS).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it.each([
    ['linux', 'quire'],
    ['win32', 'Quire.exe'],
    ['darwin', 'Quire.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ])('flips the fuses in the packaged %s binary', async (platform, binary) => {
    dir = mkdtempSync(path.join(tmpdir(), 'quire-fuses-'));
    fakeElectron(path.join(dir, binary));
    const context = { appOutDir: dir, electronPlatformName: platform, arch: 1, packager: { executableName: 'quire', appInfo: { productFilename: 'Quire' } } };
    await afterPack(context);
    const target = platform === 'darwin' ? path.join(dir, 'Quire.app') : path.join(dir, binary);
    expect(await getCurrentFuseWire(target)).toMatchObject(expected);
  });

  it('re-signs ad hoc only for Apple silicon and universal Macs', () => {
    const resign = (electronPlatformName: string, arch: number) => afterPack.fuseConfig({ electronPlatformName, arch }).resetAdHocDarwinSignature;
    expect([resign('darwin', 3), resign('darwin', 4), resign('darwin', 1), resign('linux', 3)]).toEqual([true, true, false, false]);
  });
});

describe('icons', () => {
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it.each(sizes)('has a %ipx PNG of exactly that size', (size) => {
    const png = readFileSync(path.join(root, 'build', 'icons', 'png', `${size}x${size}.png`));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  it('points every platform at icons that exist', () => {
    expect(config.linux?.icon).toBe('build/icons/png');
    for (const icon of [config.mac?.icon, config.win?.icon]) {
      expect(() => readFileSync(path.join(root, icon as string))).not.toThrow();
    }
  });

  it('has a Windows .ico holding the small sizes as PNGs', () => {
    const ico = readFileSync(path.join(root, 'build', 'icons', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const entries = Array.from({ length: count }, (_, i) => {
      const at = 6 + 16 * i;
      const image = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      return { size: ico[at] || 256, width: image.readUInt32BE(16), png: image.subarray(0, 8).equals(PNG_SIGNATURE) };
    });
    expect(entries).toEqual([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, width: size, png: true })));
  });

  it('generates them from one SVG source', () => {
    const svg = readFileSync(path.join(root, 'build', 'icons', 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(readFileSync(path.join(root, 'build', 'icons', 'generate.mjs'), 'utf8')).toContain("'icon.svg'");
  });
});
