import { isShortBlock, type CleanRule } from './rule';

const SHARE_PROMPT = new RegExp(
  [
    String.raw`^share (?:this|the) (?:article|story|post|page|video)\b`,
    String.raw`^share (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)\b`,
    String.raw`^(?:click|tap) (?:here )?to share\b`,
    String.raw`^(?:sign up|subscribe|register)\b.{0,60}\bnewsletters?\b`,
    String.raw`^get (?:our|the) .{0,40}newsletter\b`,
    String.raw`^follow (?:us|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*) on (?:facebook|twitter|x|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|google news)\b`,
    String.raw`^(?:like|follow) us on\b`,
    String.raw`^(?:copy link|link copied|email this|print this (?:article|page))$`,
  ].join('|'),
  'iu',
);

/** "Share this article", "Sign up for our newsletter", "Follow us on ..." prompts. */
export const sharePromptRule: CleanRule = {
  name: 'share-prompts',
  isJunkBlock: (block) => isShortBlock(block) && SHARE_PROMPT.test(block.trim()),
};
