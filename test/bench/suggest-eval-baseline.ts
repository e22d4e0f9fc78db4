/**
 * The simple regex finder issue 8 compares against: every pair of quotation
 * marks is a quote, and its speaker is the nearest "said X" or "X said" in the
 * same paragraph ("X told" and "added" count too), X being a run of
 * capitalised words that is not a pronoun. No pronouns, roles, continuation
 * or title rules: what a first attempt would do.
 */
import type { ScoredQuote } from './suggest-eval-lib';

const QUOTE = /["“]([^"“”\n]+)["”]/g;
// A capitalised run that is not a pronoun or a sentence opener ("He said", "But").
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?(?!(?:He|She|It|They|We|I|But|And|The)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`;
const VERB = '(?:said|says|told|added)';
// "told X" names the listener, not the speaker.
const SAID_X = new RegExp(String.raw`\b(?:said|says|added)\s+${NAME}`, 'gu');
const X_SAID = new RegExp(String.raw`${NAME}\s+${VERB}\b`, 'gu');

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
