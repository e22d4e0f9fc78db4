/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads its hooks as CommonJS */
// electron-builder afterPack hook: flips Electron's fuses in the packaged binary,
// before signing, so the shipped app cannot be turned into a general Node runtime.
const path = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses');

/** Every fuse Quire sets, by name, so the test can assert them. */
const FUSE_SETTINGS = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // Quire loads its pages from quire://, never file://.
  GrantFileProtocolExtraPrivileges: false,
};

/** builder-util's Arch enum: arm64 is 3, universal 4. */
const APPLE_SILICON_ARCHES = new Set([3, 4]);

function fuseConfig(context) {
  const config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(FUSE_SETTINGS)) config[FuseV1Options[name]] = value;
  // Flipping a fuse breaks the ad-hoc signature an arm64 Mac insists on; redo it.
  config.resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && APPLE_SILICON_ARCHES.has(context.arch);
  return config;
}

function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

async function afterPack(context) {
  await flipFuses(executablePath(context), fuseConfig(context));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSE_SETTINGS = FUSE_SETTINGS;
module.exports.fuseConfig = fuseConfig;
module.exports.executablePath = executablePath;
