/**
 * Scoring for `npm run eval:suggest`: found quotes paired with labelled ones,
 * and speakers compared, by rules written down once so that the finder and
 * the regex baseline are judged the same way.
 *
 * Pairing is by folded text: a found quote pairs with a label when its words
 * start with, contain, or sit inside the label's opening (the first words of
 * the labelled quote). Each found quote pairs with one label at most and each
 * label with one found quote, strongest pairings first.
 */
import { foldText } from '../../shared/text/fold';

export type LabelledQuote = { opening: string; speaker: string | null; aliases: string[] };
export type LabelledArticle = { id: string; quotes: LabelledQuote[] };
export type LabelFile = { about: string; corpus: string; articles: LabelledArticle[] };

/** A quote as a finder reports it: its text and every name its speaker goes by (none when it gives no speaker). */
export type ScoredQuote = { text: string; speakerNames: string[] };

export type Pair = { found: number; label: number };
export type ArticleScore = { pairs: Pair[]; missed: number[]; falsePositives: number[]; wrongSpeaker: Pair[] };

/** Words of a text with case, accents, quote characters and punctuation folded away. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .replace(/[\u2018\u2019\u201a\u201b'`´]/g, "'")
    .replace(/["“”„‟«»‹›]/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

function indexOfRun(haystack: string[], needle: string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * How well a found quote fits a label's opening: 3 when it starts with the
 * opening, 2 when the opening is its start cut short (the finder split the
 * quote), 1 when it contains the opening further in or sits inside it; 0 for no fit.
 */
export function fit(found: string[], opening: string[]): number {
  if (found.length === 0 || opening.length === 0) return 0;
  const at = indexOfRun(found, opening);
  if (at === 0) return 3;
  if (indexOfRun(opening, found) === 0) return 2;
  if (at > 0) return 1;
  // A short found fragment inside a long opening could be anything: ask for three words.
  return found.length >= 3 && indexOfRun(opening, found) > 0 ? 1 : 0;
}

/** One-to-one pairs, strongest fit first, then the closest in reading order. */
export function pairQuotes(found: readonly string[], openings: readonly string[]): Pair[] {
  const f = found.map(foldedWords);
  const o = openings.map(foldedWords);
  const candidates: { found: number; label: number; strength: number; distance: number }[] = [];
  f.forEach((fw, i) =>
    o.forEach((ow, j) => {
      const strength = fit(fw, ow);
      if (strength > 0) candidates.push({ found: i, label: j, strength, distance: Math.abs(i / Math.max(1, f.length) - j / Math.max(1, o.length)) });
    }),
  );
  candidates.sort((a, b) => b.strength - a.strength || a.distance - b.distance || a.found - b.found);
  const usedFound = new Set<number>();
  const usedLabel = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedFound.has(c.found) || usedLabel.has(c.label)) continue;
    usedFound.add(c.found);
    usedLabel.add(c.label);
    pairs.push({ found: c.found, label: c.label });
  }
  return pairs.sort((a, b) => a.label - b.label);
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'prof', 'rev']);
const POST_NOMINALS = new Set(['mp', 'qc', 'msp', 'mep', 'am', 'jr', 'sr']);

/** A name as compared: folded words without leading determiners, honorifics or trailing post-nominals. */
export function nameWords(name: string): string[] {
  const ws = foldedWords(name);
  let from = 0;
  while (from < ws.length - 1 && (DETERMINERS.has(ws[from]!) || HONORIFICS.has(ws[from]!))) from++;
  let to = ws.length;
  while (to - 1 > from && POST_NOMINALS.has(ws[to - 1]!)) to--;
  return ws.slice(from, to);
}

/** A proper name ("Tony Blair", "Mr Blair"), as opposed to a description ("a Labour spokesman"). */
function isProperName(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return /^\p{Lu}/u.test(last) && !/^(?:the|a|an)\s/i.test(name.trim());
}

/** Same person: the whole name folded alike, or, for two proper names, the same surname. */
export function sameSpeaker(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  return isProperName(a) && isProperName(b) && wa[wa.length - 1] === wb[wb.length - 1];
}

/** Right when any name the finder gives fits any name of the label; a null label wants no speaker. */
export function speakerRight(found: ScoredQuote, label: LabelledQuote): boolean {
  if (label.speaker === null) return found.speakerNames.length === 0;
  const wanted = [label.speaker, ...label.aliases];
  return found.speakerNames.some((n) => wanted.some((w) => sameSpeaker(n, w)));
}

export function scoreArticle(found: readonly ScoredQuote[], labels: readonly LabelledQuote[]): ArticleScore {
  const pairs = pairQuotes(found.map((q) => q.text), labels.map((l) => l.opening));
  const pairedFound = new Set(pairs.map((p) => p.found));
  const pairedLabels = new Set(pairs.map((p) => p.label));
  return {
    pairs,
    missed: labels.map((_, j) => j).filter((j) => !pairedLabels.has(j)),
    falsePositives: found.map((_, i) => i).filter((i) => !pairedFound.has(i)),
    wrongSpeaker: pairs.filter((p) => !speakerRight(found[p.found]!, labels[p.label]!)),
  };
}

export type Totals = { found: number; labelled: number; matched: number; speakersRight: number };

export function totals(scores: readonly { found: number; labelled: number; score: ArticleScore }[]): Totals {
  return scores.reduce(
    (t, s) => ({
      found: t.found + s.found,
      labelled: t.labelled + s.labelled,
      matched: t.matched + s.score.pairs.length,
      speakersRight: t.speakersRight + s.score.pairs.length - s.score.wrongSpeaker.length,
    }),
    { found: 0, labelled: 0, matched: 0, speakersRight: 0 },
  );
}
