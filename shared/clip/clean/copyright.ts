import { isShortBlock, type CleanRule } from './rule';

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;

/** "© 2024 Some Publisher. All rights reserved." and "© Getty Images" lines. */
export const copyrightRule: CleanRule = {
  name: 'copyright',
  isJunkBlock: (block) => isShortBlock(block) && COPYRIGHT.test(block.trim()),
};
