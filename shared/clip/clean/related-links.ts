import { isShortBlock, type CleanRule } from './rule';

const RELATED =
  /^(?:read more|read next|more on this(?: story)?|also read|see also|related(?: articles?| stories| coverage| content| reading)?|recommended(?: for you)?|you may also like|more from [\p{L} ]{1,40}|watch|listen)\s*[:»›>|-]|^(?:related (?:articles|stories|coverage|content)|more stories|recommended stories|most popular|most read)$/iu;

/** "Read more: ..." and "Related: ..." lines that link to other articles. */
export const relatedLinksRule: CleanRule = {
  name: 'related-links',
  isJunkBlock: (block) => isShortBlock(block) && RELATED.test(block.trim()),
};
