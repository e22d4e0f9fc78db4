/**
 * Unicode-aware tokens for search. Words are runs of letters, digits and marks,
 * joined by inner apostrophes and hyphens; every token carries its UTF-16 span in
 * the original text so snippets can highlight it, and a position so phrases can
 * be checked. Hyphenated words index their parts and the joined form
 * ("intermediate-range" -> intermediate, range, intermediaterange); a clitic
 * ("Putin's", "he's") indexes the whole word and the word before the apostrophe.
 */
import { foldText } from '../text/fold';

export type Token = {
  /** The folded term. */
  term: string;
  start: number;
  end: number;
  /** Word position; alternates (joined forms, clitic bases) share their word's position. */
  pos: number;
};

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const JOINERS = new Set(["'", '\u2019', '\u02bc', '-']);
const CLITICS = new Set(['s', 'll', 're', 've', 'd', 'm', 't']);
const MAX_TERM_LENGTH = 40;

/** Word-character class per UTF-16 code unit, filled lazily: 1 word, 2 not, 0 unknown. */
const charClass = new Uint8Array(65_536);

/** True when the UTF-16 unit at `i` belongs to a word (letters, digits, marks, either half of a surrogate pair of one). */
export function isWordCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && isWordCode(text, i - 1);
  let known = charClass[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    charClass[code] = known;
  }
  return known === 1;
}

const NON_ASCII_WORD_CHAR = /[^\p{ASCII}](?<=[\p{L}\p{N}\p{M}])/u;

/**
 * True when the text has a word character outside ASCII (é, ß, Ж, ﬁ): only then
 * can folding make its words differ from what a case-insensitive native match of
 * ASCII terms sees. Curly quotes and dashes are not word characters.
 */
export function hasNonAsciiWordChar(text: string): boolean {
  return NON_ASCII_WORD_CHAR.test(text);
}

const foldCache = new Map<string, string>();

/** foldText per word is the hot loop of indexing; words repeat, so cache them. */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = foldText(word).replace(/[\u2019\u02bc]/g, "'");
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

export type TokenVisitor = (term: string, start: number, end: number, pos: number) => void;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (term, start, end, pos) => tokens.push({ term, start, end, pos }));
  return tokens;
}

/**
 * The allocation-light form of tokenize, for indexing whole articles: a scanner
 * rather than a regular expression, because it runs over every word of the
 * library. Returns the number of word positions.
 */
export function forEachToken(text: string, emit: TokenVisitor): number {
  let pos = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    if (!isWordCode(text, i)) { i += 1; continue; }
    const start = i;
    let ascii = true;
    let upper = false;
    let joined = false;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isWordCode(text, i)) {
        if (code >= 128) ascii = false;
        else if (code <= 90 && code >= 65) upper = true;
        i += 1;
      } else if (JOINERS.has(text[i]!) && i + 1 < length && isWordCode(text, i + 1)) {
        joined = true;
        i += 1;
      } else {
        break;
      }
    }
    const word = text.slice(start, i);
    if (ascii && !joined) {
      if (word.length <= MAX_TERM_LENGTH) emit(upper ? word.toLowerCase() : word, start, i, pos);
      pos += 1;
    } else {
      pos = addWord(emit, word, start, pos);
    }
  }
  return pos;
}

/** Pushes the tokens of one word; returns the next free position. */
function addWord(emit: TokenVisitor, word: string, start: number, pos: number): number {
  if (!word.includes('-')) {
    addApostropheWord(emit, word, start, pos);
    return pos + 1;
  }
  let offset = start;
  const parts = word.split('-');
  for (const [index, part] of parts.entries()) {
    addApostropheWord(emit, part, offset, pos + index);
    offset += part.length + 1;
  }
  const joined = parts.map((part) => foldWord(part).replace(/'/g, '')).join('');
  push(emit, joined, start, start + word.length, pos);
  return pos + parts.length;
}

function addApostropheWord(emit: TokenVisitor, word: string, start: number, pos: number): void {
  const folded = foldWord(word);
  const end = start + word.length;
  push(emit, folded, start, end, pos);
  const apostrophe = folded.indexOf("'");
  if (apostrophe < 0) return;
  const head = folded.slice(0, apostrophe);
  const tail = folded.slice(apostrophe + 1);
  if (CLITICS.has(tail)) {
    push(emit, head, start, start + apostrophe, pos);
  } else {
    push(emit, folded.replace(/'/g, ''), start, end, pos);
  }
}

function push(emit: TokenVisitor, term: string, start: number, end: number, pos: number): void {
  if (term.length === 0 || term.length > MAX_TERM_LENGTH) return;
  emit(term, start, end, pos);
}

/** The folded terms of a short text (a query word, a filter value), without alternates. */
export function termsOf(text: string): string[] {
  const words: string[] = [];
  let lastPos = -1;
  for (const token of tokenize(text)) {
    if (token.pos <= lastPos) continue;
    lastPos = token.pos;
    words.push(token.term);
  }
  return words;
}
