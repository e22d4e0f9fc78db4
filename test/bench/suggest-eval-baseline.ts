/**
 * The simple regex finder issue 8 compares against: every pair of quotation
 * marks is a quote, and its speaker is the nearest "said X" or "X said" in the
 * same paragraph, X being a run of capitalised words. No pronouns, roles,
 * continuation or title rules: what a first attempt would do.
 */
import type { ScoredQuote } from './suggest-eval-lib';

const QUOTE = /["“]([^"“”\n]+)["”]/g;
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`;
const SAID_X = new RegExp(String.raw`\b(?:said|says)\s+${NAME}`, 'gu');
const X_SAID = new RegExp(String.raw`${NAME}\s+(?:said|says)\b`, 'gu');

type Attribution = { name: string; at: number };

function attributions(paragraph: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of paragraph.matchAll(SAID_X)) out.push({ name: m[1]!, at: m.index });
  for (const m of paragraph.matchAll(X_SAID)) out.push({ name: m[1]!, at: m.index + m[0].length });
  return out;
}

export function baselineQuotes(text: string): ScoredQuote[] {
  const found: ScoredQuote[] = [];
  for (const paragraph of text.split('\n')) {
    const names = attributions(paragraph);
    for (const m of paragraph.matchAll(QUOTE)) {
      const open = m.index;
      const close = m.index + m[0].length;
      // Distance from the quote's marks; an attribution inside the quote is the quote's own words.
      const distance = (a: Attribution) => (a.at >= close ? a.at - close : a.at < open ? open - a.at : Infinity);
      const nearest = names.filter((a) => distance(a) < Infinity).sort((a, b) => distance(a) - distance(b))[0];
      found.push({ text: m[1]!, speakerNames: nearest ? [nearest.name] : [] });
    }
  }
  return found;
}
