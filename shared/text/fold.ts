/**
 * Folding for matching and search: case, accents and compatibility forms fold
 * ("É" -> "e", "ﬁ" -> "fi", "Ё" -> "е"), so a user finds "Pétain" typing
 * "petain". Cyrillic and other scripts keep their letters.
 */
const COMBINING_MARKS = /\p{M}+/gu;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .normalize('NFC');
}
