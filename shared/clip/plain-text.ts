/**
 * Pasted plain text as an article: what a user gets copying from a site. The
 * first line is the title, paragraphs are separated by blank lines (or by
 * single breaks, unless the text is hard-wrapped), and the html is simple <p>s.
 */
import { cleanText, type CleanContext } from './clean/index';
import { collapseSpaces } from './metadata';
import { tidyWhitespace } from './text';

export type PlainTextArticle = { title: string; text: string; html: string; paragraphs: string[] };

const HARD_WRAP_MIN = 40;
const HARD_WRAP_MAX = 100;

/** A block whose lines all but the last are of a wrapped length, without closing punctuation. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  return lines.slice(0, -1).every((line) => line.length >= HARD_WRAP_MIN && line.length <= HARD_WRAP_MAX && !/[.!?:"”»]$/.test(line));
}

export function splitParagraphs(text: string): string[] {
  return tidyWhitespace(text)
    .split(/\n\s*\n/)
    .flatMap((block) => {
      const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
      return isHardWrapped(lines) ? [lines.join(' ')] : lines;
    })
    .filter((paragraph) => paragraph !== '');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function plainTextToArticle(raw: string, context: Omit<CleanContext, 'title'> = { byline: '', siteName: '' }): PlainTextArticle {
  const normalised = raw.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const firstBreak = normalised.trimStart().indexOf('\n');
  const trimmed = normalised.trimStart();
  const title = collapseSpaces(firstBreak === -1 ? trimmed : trimmed.slice(0, firstBreak));
  const body = firstBreak === -1 ? '' : trimmed.slice(firstBreak + 1);
  const paragraphs = splitParagraphs(cleanText(splitParagraphs(body).join('\n\n'), { ...context, title }));
  return {
    title,
    paragraphs,
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n'),
  };
}
