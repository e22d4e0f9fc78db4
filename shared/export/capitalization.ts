/**
 * Headline-style capitalization (Chicago 8.159) that only ever raises case:
 * "US", "iPhone" and "de Gaulle" come through as the source wrote them,
 * which a lower-then-raise conversion would break.
 */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via with from into onto upon vs'.split(' '),
);

export function headlineCase(title: string): string {
  const words = title.split(/(\s+)/);
  const wordIndexes = words.map((w, i) => (/\S/.test(w) ? i : -1)).filter((i) => i >= 0);
  const first = wordIndexes[0];
  const last = wordIndexes[wordIndexes.length - 1];
  return words
    .map((word, i) => {
      if (!/\S/.test(word)) return word;
      const bare = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      const afterColon = i > 0 && /[:—?!]$/.test(words[i - 2] ?? '');
      if (i !== first && i !== last && !afterColon && MINOR_WORDS.has(bare)) return word;
      return capitalizeWord(word);
    })
    .join('');
}

/** Raises the first letter of each hyphenated part ("arms-control" -> "Arms-Control"), leaving the rest. */
function capitalizeWord(word: string): string {
  if (/^[a-z]+[A-Z]/.test(word) || /[./@]/.test(word)) return word;
  return word.replace(/(^|-)([^\p{L}]*)(\p{Ll})/gu, (_m, dash: string, lead: string, letter: string) => `${dash}${lead}${letter.toUpperCase()}`);
}
