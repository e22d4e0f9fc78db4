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
  /**
   * Junk glued inside a block, as ranges of the block's text to delete. Ranges,
   * not a new string, so the DOM can delete the same characters across elements.
   */
  findInlineJunk?: (block: string, context: CleanContext) => TextRange[];
};

/** [start, end) UTF-16 offsets; ranges are sorted and do not overlap. */
export type TextRange = { start: number; end: number };

export function removeRanges(text: string, ranges: readonly TextRange[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** The ranges of every match of a global regex; `keep` leading characters of each match stay. */
export function matchRanges(text: string, pattern: RegExp, keep: (match: RegExpExecArray) => number = () => 0): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index + keep(match);
    const end = match.index + match[0].length;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** Blocks longer than this are article text whatever they start with: junk lines are short. */
export const MAX_JUNK_BLOCK_CHARS = 200;

export function isShortBlock(block: string): boolean {
  return block.length <= MAX_JUNK_BLOCK_CHARS;
}
