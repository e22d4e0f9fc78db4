/**
 * A cleaning rule removes one kind of site junk that survives extraction. The
 * same rule runs on plain text (pasted articles, the clip's text) and on the
 * article DOM (renderer/clip/dom-clean.ts), so a clip's html and text agree.
 */
export type CleanContext = {
  title: string;
  byline: string;
  siteName: string;
};

export type BlockPosition = {
  /** 0 for the first block with text, 1 for the next... */
  index: number;
  /** True for the last block with text. */
  isLast: boolean;
};

export type CleanRule = {
  name: string;
  /** True when a whole block (paragraph, caption, list item) is junk and should go. */
  isJunkBlock?: (block: string, context: CleanContext, position: BlockPosition) => boolean;
  /** Repairs junk glued inside a block of text; returns the block unchanged when there is none. */
  repairInline?: (block: string, context: CleanContext) => string;
};

/** Blocks longer than this are article text whatever they start with: junk lines are short. */
export const MAX_JUNK_BLOCK_CHARS = 200;

export function isShortBlock(block: string): boolean {
  return block.length <= MAX_JUNK_BLOCK_CHARS;
}
