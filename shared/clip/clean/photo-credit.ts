import { isShortBlock, matchRanges, type CleanRule } from './rule';

const AGENCIES = String.raw`getty(?: images)?|reuters|ap(?: photo)?|afp|epa|shutterstock|alamy|associated press|pa(?: media| wire)?|tass|ria novosti|xinhua|bloomberg`;

const CREDIT_LINE = new RegExp(
  String.raw`^(?:\(?(?:photo(?:graph)?s?|pictures?|image|illustration|credit|foto|фото)(?: credit)?\s*(?::|by\b).{1,120}\)?|(?:©\s*)?(?:${AGENCIES})(?:\s*/\s*[\p{L} .]+)?\.?)$`,
  'iu',
);

// "(Photo: Reuters)" or "(Photo by J. Doe/Getty Images)" glued into a sentence.
const INLINE_CREDIT = /\s*\((?:photo(?:graph)?|picture|image|credit)(?: credit)?\s*(?::|by\b)[^()]{1,80}\)/giu;

/** Photo credits: "Photograph: X/Getty Images" lines and "(Photo: Reuters)" glued to text. */
export const photoCreditRule: CleanRule = {
  name: 'photo-credit',
  isJunkBlock: (block) => isShortBlock(block) && CREDIT_LINE.test(block.trim()),
  findInlineJunk: (block) => matchRanges(block, INLINE_CREDIT),
};
