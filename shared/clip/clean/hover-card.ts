import { matchRanges, removeRanges, type CleanRule, type TextRange } from './rule';

const NAME_PART = String.raw`\p{Lu}[\p{L}'’.-]*`;

/**
 * Hover-card residue: a linked name glued to the card's full name and its
 * headlines, up to the card's "MORE" link ("Vladimir PutinVladimir Vladimirovich
 * PutinWest should echo ... MORE said") -> "Vladimir Putin said". The full name
 * must end with the same word as the linked name, which keeps ordinary text safe.
 */
const HOVER_CARD = new RegExp(
  String.raw`(?<!\p{L})(${NAME_PART})(?=\p{Lu})(?:${NAME_PART}\s+)+\1(?=[\p{Lu}\p{N}"“‘'(\s])[\s\S]{0,1200}?\s*(?:MORE|More)(?!\p{L})`,
  'gu',
);

/** The card after each linked name; the name itself stays. */
export function findHoverCards(text: string): TextRange[] {
  return matchRanges(text, HOVER_CARD, (match) => match[1]?.length ?? 0);
}

export function removeHoverCards(text: string): string {
  return removeRanges(text, findHoverCards(text));
}

export const hoverCardRule: CleanRule = {
  name: 'hover-card',
  findInlineJunk: (block) => findHoverCards(block),
};
