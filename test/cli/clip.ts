/**
 * `npm run clip -- FILE [--url URL]`: clips a saved page (or a .txt/.md file as
 * pasted text) with the app's own extraction code, in Node, and prints the clip as JSON.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { clip } from '../../renderer/clip/pipeline';
import { createNodeClipDeps } from './node-dom';

const USAGE = 'Usage: npm run clip -- FILE.html [--url URL]';

function parseArgs(argv: string[]): { file: string; url: string } {
  let file = '';
  let url = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i] ?? '';
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (!file) file = arg;
    else throw new Error(`Unexpected argument: ${arg}`);
  }
  if (!file) throw new Error('No file given.');
  if (url && !/^https?:\/\//i.test(url)) throw new Error(`--url must be an http(s) address: ${url}`);
  return { file, url };
}

async function main(): Promise<number> {
  let args: { file: string; url: string };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 64;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    console.error(`Cannot read ${args.file}: ${(error as Error).message}`);
    return 66;
  }
  const asText = ['.txt', '.md'].includes(extname(args.file).toLowerCase());
  const input = asText
    ? ({ kind: 'text', text: new TextDecoder().decode(bytes), url: args.url, source: 'file' } as const)
    : ({ kind: 'bytes', bytes, url: args.url, source: 'file' } as const);
  const result = await clip(input, createNodeClipDeps());
  if (!result.ok) {
    console.error(JSON.stringify({ error: result.error }, null, 2));
    return 1;
  }
  const { title, byline, publishedAt, siteName, canonicalUrl, lang, excerpt, text, wordCount, contentHash, images, warnings } = result.draft;
  console.log(JSON.stringify({ title, byline, publishedAt, siteName, canonicalUrl, lang, excerpt, text, wordCount, contentHash, images, warnings }, null, 2));
  return 0;
}

process.exitCode = await main();
