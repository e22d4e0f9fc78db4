/**
 * Pairs quotation marks into quoted spans: the first half of the quote finder.
 *
 * Typographic marks say which way they face (“ ” « » „); straight ones (" ')
 * do not, so their direction is read from their neighbours: a mark after a
 * space and before a letter opens, one after a letter and before a space or
 * punctuation closes. Single marks double as apostrophes (it’s, the ’90s,
 * states’), so a single mark only counts when it pairs within its paragraph,
 * and single quotes inside double ones are nested speech, not quotes of their own.
 *
 * A quote running over paragraphs has an opening mark and no closing one, and
 * the next paragraph opens again; it is one quote. Text that lost its
 * paragraph breaks (as the BBC corpus did) shows the same pattern inside one
 * line: an opening mark where a closing one was expected.
 */

export type QuoteSpan = {
  /** Offsets of the quoted words, inside the marks. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (the closing one is `end` when the quote was never closed). */
  open: number;
  close: number;
  kind: 'double' | 'single';
  /** True when the span had no closing mark and ends at its paragraph's end. */
  unclosed: boolean;
};

type Mark = { at: number; char: string; role: 'open' | 'close' | 'either' };

const DOUBLE = new Set(['"', '“', '”', '«', '»', '„', '‟']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‹', '›']);
const CLOSES: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '„': '“”"', '‟': '”"', '‘': "’'", "'": "'’", '‚': '‘’', '‹': '›' };

const WORDISH = /[\p{L}\p{N}]/u;
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:;,]/u;

function direction(text: string, at: number, char: string): Mark['role'] | null {
  const before = at > 0 ? text[at - 1]! : ' ';
  const after = at + 1 < text.length ? text[at + 1]! : ' ';
  if ('“«„‟‘‚‹'.includes(char)) {
    // An English “ opens; after a word it is the German closing mark of „...“.
    return char === '“' && WORDISH.test(before) ? 'either' : 'open';
  }
  if ('”»›'.includes(char)) return 'close';
  const opensHere = OPEN_BEFORE.test(before) || at === 0 || DOUBLE.has(before) || SINGLE.has(before);
  const closesHere = !/\s/.test(before) && (/[\s.,;:!?)\]}\u2014\u2013-]/u.test(after) || DOUBLE.has(after) || SINGLE.has(after) || at + 1 >= text.length);
  if (char === '’') {
    if (WORDISH.test(before) && WORDISH.test(after)) return null; // it’s
    return closesHere ? 'close' : null;
  }
  if (char === "'" && WORDISH.test(before) && WORDISH.test(after)) return null; // it's
  if (/^['‘’]\d\ds\b/.test(text.slice(at, at + 5))) return null; // the '90s
  if (opensHere && !/\s/.test(after)) return 'open';
  if (closesHere) return 'close';
  return null;
}

const DOUBLE_MARKS = /["“”«»„‟]/g;
const SINGLE_MARKS = /['‘’‚‹›]/g;

function marksOf(text: string, from: number, to: number, kinds: Set<string>): Mark[] {
  const marks: Mark[] = [];
  // A regex jumps from mark to mark; most characters are not marks.
  const search = kinds === DOUBLE ? DOUBLE_MARKS : SINGLE_MARKS;
  search.lastIndex = from;
  for (let m = search.exec(text); m && m.index < to; m = search.exec(text)) {
    const role = direction(text, m.index, m[0]);
    if (role) marks.push({ at: m.index, char: m[0], role });
  }
  return marks;
}

export type Paragraph = { start: number; end: number };

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

function span(open: Mark, closeAt: number, contentEnd: number, kind: QuoteSpan['kind'], unclosed: boolean, text: string): QuoteSpan {
  // « Guillemets » take spaces inside them; the quote is the words.
  let start = open.at + 1;
  let end = contentEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, open: open.at, close: closeAt, kind, unclosed };
}

/** Double-quoted spans of the whole text, continued quotes merged into one span. */
function doubleSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | null = null;
  paragraphs.forEach((paragraph, index) => {
    for (const mark of marksOf(text, paragraph.start, paragraph.end, DOUBLE)) {
      if (!open) {
        if (mark.role !== 'close') open = mark;
        continue;
      }
      // An opener where a closer was due means the quote goes on (a lost
      // paragraph break), so only a closing mark of the right kind ends it.
      if (mark.role !== 'open' && CLOSES[open.char]?.includes(mark.char)) {
        spans.push(span(open, mark.at, mark.at, 'double', false, text));
        open = null;
      }
    }
    if (open) {
      const next = paragraphs[index + 1];
      const continues = next && DOUBLE.has(text[next.start + leadingSpace(text, next.start)]!);
      if (!continues) {
        spans.push(span(open, paragraph.end, paragraph.end, 'double', true, text));
        open = null;
      }
    }
  });
  return spans;
}

function leadingSpace(text: string, at: number): number {
  let n = 0;
  while (/[ \t]/.test(text[at + n] ?? '')) n++;
  return n;
}

/** Single-quoted spans outside the double ones: paired within a paragraph or not at all. */
function singleSpans(text: string, paragraphs: Paragraph[], doubles: QuoteSpan[]): QuoteSpan[] {
  const inDouble = (at: number) => doubles.some((d) => at >= d.open && at <= d.close);
  const spans: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    let open: Mark | null = null;
    for (const mark of marksOf(text, paragraph.start, paragraph.end, SINGLE)) {
      if (inDouble(mark.at)) continue;
      if (!open) {
        if (mark.role !== 'close') open = mark;
      } else if (mark.role !== 'open' && CLOSES[open.char]?.includes(mark.char)) {
        spans.push(span(open, mark.at, mark.at, 'single', false, text));
        open = null;
      } else if (mark.role === 'open') {
        open = mark; // the earlier one was an apostrophe ('90s) after all
      }
    }
  }
  return spans;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const paragraphs = paragraphsOf(text);
  const doubles = doubleSpans(text, paragraphs);
  return [...doubles, ...singleSpans(text, paragraphs, doubles)]
    .filter((s) => text.slice(s.start, s.end).trim() !== '')
    .sort((a, b) => a.start - b.start);
}

/**
 * The text with quoted words blanked to "x" (same length, punctuation kept):
 * a verb or a full stop inside a quote must not look like the narrative's.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[\p{L}\p{N}]/gu, 'x');
    at = s.end;
  }
  return out + text.slice(at);
}
