import { advertisementRule } from './advertisement';
import { copyrightRule } from './copyright';
import { duplicateHeadlineRule } from './duplicate-headline';
import { hoverCardRule } from './hover-card';
import { photoCreditRule } from './photo-credit';
import { relatedLinksRule } from './related-links';
import { repeatedBylineRule } from './repeated-byline';
import { removeRanges, type CleanContext, type CleanRule } from './rule';
import { sharePromptRule } from './share-prompts';

export type { BlockPosition, CleanContext, CleanRule, TextRange } from './rule';
export { removeRanges } from './rule';

/** Every rule, in the order they run: inline repairs first, so a repaired block is judged as it will read. */
export const CLEAN_RULES: readonly CleanRule[] = [
  hoverCardRule,
  photoCreditRule,
  advertisementRule,
  sharePromptRule,
  duplicateHeadlineRule,
  repeatedBylineRule,
  relatedLinksRule,
  copyrightRule,
];

export function repairBlock(block: string, context: CleanContext, rules = CLEAN_RULES): string {
  return rules.reduce((text, rule) => (rule.findInlineJunk ? removeRanges(text, rule.findInlineJunk(text, context)) : text), block);
}

export function isJunkBlock(block: string, context: CleanContext, index: number, isLast: boolean, rules = CLEAN_RULES): boolean {
  return rules.some((rule) => rule.isJunkBlock?.(block, context, { index, isLast }) ?? false);
}

/** Cleans plain text whose paragraphs are separated by blank lines (or single line breaks). */
export function cleanText(text: string, context: CleanContext, rules = CLEAN_RULES): string {
  const lines = text.split('\n').map((line) => repairBlock(line, context, rules));
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.trim() !== '');
  const junk = new Set<number>();
  filled.forEach(({ line, i }, index) => {
    if (isJunkBlock(line, context, index, index === filled.length - 1, rules)) junk.add(i);
  });
  return lines
    .filter((_, i) => !junk.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
