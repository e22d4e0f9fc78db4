import { foldText } from '../../text/fold';
import type { CleanRule } from './rule';

const BY_PREFIX = /^(?:by|written by|words by|posted by|story by|von|par|por|автор:?)\s+/i;
const comparable = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The byline repeated in the first lines of the body ("By Jane Doe", "Jane Doe
 * and John Roe"): the clip already holds it as metadata.
 */
export const repeatedBylineRule: CleanRule = {
  name: 'repeated-byline',
  isJunkBlock: (block, { byline }, { index }) => {
    if (index > 3 || byline === '' || block.length > byline.length + 40) return false;
    const text = comparable(block.trim().replace(BY_PREFIX, ''));
    const names = byline.split(',').map(comparable).filter(Boolean);
    if (text === '' || names.length === 0) return false;
    const rest = names.reduce((left, name) => left.replace(name, ' '), ` ${text} `);
    // Only the names, joined by "and", commas and the like, are left: a byline, not a sentence.
    return rest.replace(/\b(?:and|und|et|y|и)\b/g, ' ').trim() === '' && names.some((name) => text.includes(name));
  },
};
