/** Plain-text measures of a clip: its word count and the input of its content hash. */

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\d),\d+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/**
 * What the content hash is taken over: the same article clipped twice, with
 * different whitespace, quotes or Unicode forms, hashes the same.
 */
export function contentHashInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** Tidies a block of text: no-break and repeated spaces collapse; lines keep their breaks. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
