// Renders icon.svg, the one source of every app icon, to the PNG sizes the
// platforms ask for (png/NxN.png, the layout electron-builder's Linux targets
// read) and a Windows .ico. Run it after editing the SVG; the outputs are committed.
//   npx tsx build/icons/generate.mjs   (tsx, because it reads the Chromium flags from test/chromium.ts)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/chromium.ts';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const here = new URL('.', import.meta.url);
const svg = await readFile(new URL('icon.svg', here), 'utf8');
await mkdir(new URL('png/', here), { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const pngs = new Map();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const body = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${body}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    pngs.set(size, png);
    await writeFile(new URL(`png/${size}x${size}.png`, here), png);
  }
} finally {
  await browser.close();
}
await writeFile(new URL('icon.ico', here), toIco(ICO_SIZES.map((size) => [size, pngs.get(size)])));
console.log(`Wrote ${ICON_SIZES.length} PNGs to build/icons/png/ and build/icons/icon.ico`);

/** An ICO file holding PNG images, which Windows has read since Vista. */
function toIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}
