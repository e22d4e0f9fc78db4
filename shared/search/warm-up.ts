/**
 * Queries that run every path of a search once (prefixes short and long, two
 * words, a phrase, a typo, an exclusion, filters, snippets) over the library's
 * own common words, so the code a user's first searches need is compiled before
 * they type: a fresh worker's first typo search takes ~20 ms interpreted, then ~1.
 */
import type { InvertedIndex } from './inverted-index';

const PLAIN = /^[a-z]{6,12}$/;

export function warmUpQueries(index: InvertedIndex): string[] {
  const common = ['s', 'c', 'p', 'm', 't']
    .flatMap((letter) => index.withPrefix(letter, 40))
    .filter((term) => PLAIN.test(term))
    .sort((a, b) => index.df(b) - index.df(a));
  const [first, second, third] = common;
  if (!first || !second || !third) return [];
  // Two neighbours swapped: a typo one edit away, which every word of six letters or more tolerates.
  const typo = third.slice(0, 2) + third[3] + third[2] + third.slice(4);
  return [
    first,
    first.slice(0, 1),
    first.slice(0, 3),
    `${first} ${second}`,
    `"${first} ${second}"`,
    typo,
    `${second} -${first}`,
    `type:quote ${first}`,
    `after:2000 ${second}`,
  ];
}
