import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksBinary, looksBinaryText, sampleWindows } from './binary';
import { encoderFor } from './test-support';

const PAGES = new URL('../../../shared/fixtures/pages/', import.meta.url);
const RUSSIAN = 'Путин заявил о готовности к переговорам по контролю над вооружениями. Ёлка, щи, эхо.';
const html = (body: string) => `<html><head><title>t</title></head><body><p>${body}</p></body></html>`;

/** Bytes as random as compressed data (an image's pixels, an archive), the same on every run. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('looksBinary', () => {
  it('spots images and NUL bytes, not text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(looksBinary(new Uint8Array([0x61, 0x00, 0x62]))).toBe(true);
    expect(looksBinary(utf8(html(RUSSIAN)))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe(false);
  });

  it('spots a short text head with binary after it', () => {
    const head = utf8(`<!doctype html><html><head><title>Report</title></head><body><p>${'The talks went on. '.repeat(60)}</p>`);
    expect(head.length).toBeGreaterThan(1024);
    expect(looksBinary(concat(head, noise(400_000)))).toBe(true);
    expect(looksBinary(concat(head, noise(3_000)))).toBe(true);
  });

  it('spots binary in the middle or at the end of a large page', () => {
    const text = utf8(html('The delegations met again. '.repeat(200_000)));
    expect(text.length).toBeGreaterThan(5_000_000);
    const middle = Math.floor(text.length / 2);
    expect(looksBinary(concat(text.subarray(0, middle), noise(200_000), text.subarray(middle)))).toBe(true);
    expect(looksBinary(concat(text, noise(4_000)))).toBe(true);
    expect(looksBinary(text)).toBe(false);
  });

  it('passes every real fixture page as text', () => {
    const names = readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(names.length).toBeGreaterThan(100);
    const refused = names.filter((name) => looksBinary(new Uint8Array(readFileSync(new URL(`${name}/source.html`, PAGES)))));
    expect(refused).toEqual([]);
  });

  it('passes legacy charsets and ISO-2022-JP (which uses ESC) as text', () => {
    for (const charset of ['windows-1251', 'koi8-r']) expect(looksBinary(encoderFor(charset)(html(RUSSIAN.repeat(500))))).toBe(false);
    // "日本語" in ISO-2022-JP: ESC $ B ... ESC ( B, many times over.
    const japanese = utf8(html('\u001b$BF|K\\8l\u001b(B '.repeat(2000)));
    expect(looksBinary(japanese)).toBe(false);
  });

  it('lets a stray control byte or two in a real page through', () => {
    const text = utf8(html(`Signed\u0008 in 1987.\u0000 ${'More text about the treaty. '.repeat(5000)}`));
    expect(looksBinary(text)).toBe(false);
  });
});

describe('looksBinaryText', () => {
  it('spots binary read as text, anywhere in it', () => {
    const garbage = new TextDecoder('windows-1252').decode(noise(300_000));
    expect(looksBinaryText(`A short text head. ${'Words. '.repeat(200)}${garbage}`)).toBe(true);
    expect(looksBinaryText(new TextDecoder('utf-8').decode(noise(300_000)))).toBe(true);
  });

  it('passes text, tabs and line breaks included', () => {
    expect(looksBinaryText(`Title\r\n\r\n\tThe treaty was signed in 1987.\f\n${RUSSIAN.repeat(10_000)}`)).toBe(false);
  });
});

describe('sampleWindows', () => {
  it('reads a small body whole and a large one from its first byte to its last', () => {
    expect(sampleWindows(5000)).toEqual([0, 2048, 4096]);
    const large = sampleWindows(20 * 1024 * 1024);
    expect(large).toHaveLength(64);
    expect(large[0]).toBe(0);
    expect(large.at(-1)! + 2048).toBe(20 * 1024 * 1024);
  });
});
