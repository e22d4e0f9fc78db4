import type { CleanRule } from './rule';

const AD_LINE =
  /^(?:advertisement|advertisment|advert|ad|anzeige|publicité|реклама|sponsored(?: content| post)?|paid content|story continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading (?:the )?(?:main )?story(?: below)?)\s*[:.]?$/i;

/** "Advertisement" slots and "continue reading" markers that sites leave between paragraphs. */
export const advertisementRule: CleanRule = {
  name: 'advertisement',
  isJunkBlock: (block) => AD_LINE.test(block.trim()),
};
