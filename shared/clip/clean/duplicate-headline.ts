import { foldText } from '../../text/fold';
import type { CleanRule } from './rule';

const comparable = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The headline repeated as the first line of the body. */
export const duplicateHeadlineRule: CleanRule = {
  name: 'duplicate-headline',
  isJunkBlock: (block, { title }, { index }) => index === 0 && title !== '' && comparable(block) === comparable(title),
};
