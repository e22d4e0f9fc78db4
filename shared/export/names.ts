/**
 * Authors for citations, from a clip's byline as the page showed it
 * ("By Jane Doe and John Roe", "Jane Doe, John Roe", "Reuters").
 */

/** A person split into family and given names, or a name to print as is (an organization). */
export type PersonName = { family: string; given: string } | { literal: string };

/** Particles that belong to the family name ("Ludwig van Beethoven" -> "van Beethoven"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'ter', 'bin', 'al']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Words that mark a byline entry as an organization or a desk, not a person. */
const ORGANIZATION_WORDS =
  /\b(staff|desk|team|editors?|editorial|board|news|press|agency|reuters|associated|afp|bbc|cnn|times|post|journal|correspondents?|reporters?|bureau|service|wire|inc|ltd|group|foundation|institute|university|council|ministry|department|office)\b/i;

/** The people and organizations a byline names, in order, each once. */
export function parseByline(byline: string): PersonName[] {
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|par|от|автор:?)\s+/i, '')
    .replace(/\s*[|·•]\s*.*$/, '')
    .trim();
  if (cleaned === '') return [];
  const parts = cleaned
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|(?<=\s)и(?=\s))\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !SUFFIXES.has(part.toLowerCase()));
  const seen = new Set<string>();
  const names: PersonName[] = [];
  for (const part of parts) {
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(parsePersonName(part));
  }
  return names;
}

/** One name: "Jane Doe" -> Doe, Jane; "Reuters" or "The Hill Staff" -> as is. */
export function parsePersonName(text: string): PersonName {
  const name = text.replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || ORGANIZATION_WORDS.test(name) || /\d|@/.test(name)) {
    return { literal: name };
  }
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]!.toLowerCase())) familyStart -= 1;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

export function isLiteral(name: PersonName): name is { literal: string } {
  return 'literal' in name;
}

/** "Jane Doe" or "Reuters". */
export function displayName(name: PersonName): string {
  return isLiteral(name) ? name.literal : `${name.given} ${name.family}`.trim();
}

/** "Doe, Jane" or "Reuters". */
export function invertedName(name: PersonName): string {
  return isLiteral(name) ? name.literal : name.given ? `${name.family}, ${name.given}` : name.family;
}

/** "J. A." from "Jane Anne", "J.-P." from "Jean-Pierre" (APA initials). */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((piece) => (piece ? `${[...piece][0]!.toUpperCase()}.` : ''))
        .join('-'),
    )
    .join(' ');
}
