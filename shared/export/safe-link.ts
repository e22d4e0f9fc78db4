/**
 * The one rule for every link an export writes (Markdown, HTML, citations,
 * BibTeX, CSL-JSON): a link survives only when it literally starts with
 * http://, https:// or mailto:, in any case. An allowlist, not a blocklist,
 * because the dangerous schemes come in disguises a blocklist misses:
 * "JaVaScRiPt:", " java\tscript:", "&#106;avascript:" (Markdown and HTML
 * both decode entities in a link before reading its scheme). A scheme that
 * is spelt out letter by letter cannot be changed by anything after it.
 */
const SAFE_SCHEME = /^(?:https?:\/\/|mailto:)/i;

/** Lone surrogates cannot be percent-encoded (encodeURIComponent throws): they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters no link may carry raw: controls, format characters (bidi overrides) and every kind of space. */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;

/**
 * The URL as an export may write it, or null when it must not be a link.
 * Like a browser, it ignores spaces and controls around the URL and tabs and
 * newlines inside it; any other space or control is percent-encoded, so the
 * result never holds a character that ends a link in any format.
 */
export function safeUrl(raw: string): string | null {
  const url = raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\p{Cc}\p{Z}\s]+|[\p{Cc}\p{Z}\s]+$/gu, '');
  if (!SAFE_SCHEME.test(url)) return null;
  return url.replace(UNSAFE_CHAR, encodeURIComponent);
}

/**
 * A safe URL for Markdown, in `[text](url)` or `<url>` alike: also encodes
 * what ends or changes either form (parentheses, angle brackets, the
 * backslash and the backtick, which opens a code span across the link).
 */
export function markdownUrl(raw: string): string | null {
  return safeUrl(raw)?.replace(/[()<>\\`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`) ?? null;
}
