/**
 * Images that are not content: tracking pixels, spacers, rules and dividers drawn
 * as pictures, icons. Clipped, they show as "[image: line]" once the network is cut,
 * or as nothing worth keeping. Judged on what an <img> says about itself, by
 * general signs, not by site: its size, its ARIA role, its file and class names,
 * its alt text.
 */

/** What an <img> says about itself: its attributes as written (null when absent). */
export type ImageFacts = {
  src: string;
  alt: string | null;
  width?: string | null;
  height?: string | null;
  role?: string | null;
  ariaHidden?: string | null;
  className?: string | null;
  style?: string | null;
};

/** Up to this many CSS pixels wide or high draws a line or nothing: a rule, a spacer, a pixel. */
const MAX_LINE_PX = 3;
/** An image with no alt text this small both ways is an icon, a bullet or a corner. */
const MAX_ICON_PX = 32;

// Words that name a picture used as decoration. A file named only with them is one ("spacer.gif", "_line976.jpg");
// one class word is enough ("story-divider"); an alt text must say it outright ("line", "section divider").
const FILE_WORDS = new Set(['spacer', 'blank', 'clear', 'transparent', 'trans', 'shim', 'pixel', 'px', 'tracker', 'tracking', 'beacon', 'divider', 'separator', 'sep', 'rule', 'hr', 'line', 'dot', 'bullet']);
const CLASS_WORDS = new Set(['spacer', 'divider', 'separator', 'shim', 'tracker', 'tracking', 'beacon']);
const ALT_WORDS = new Set(['spacer', 'blank', 'pixel', 'divider', 'separator', 'rule', 'line', 'hr', 'bullet']);
const ALT_QUALIFIERS = new Set(['image', 'horizontal', 'section', 'break', 'decorative', 'dotted', 'dashed', 'thin', 'grey', 'gray']);

function pixels(value: string | null | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

function styleSize(style: string | null | undefined, property: 'width' | 'height'): number | null {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*(\\d+(?:\\.\\d+)?)px\\s*(?:!important)?\\s*(?:;|$)`, 'i').exec(style ?? '');
  return match ? Number(match[1]) : null;
}

/** The words of a name, digits and separators dropped: "_76020974_line976.jpg" is ["line"]. */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[^a-z]+/).filter((word) => word !== '');
}

/** The file's own name, without folders, query or extension. */
function fileName(src: string): string {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A broken escape: the name as written.
  }
  return decoded.replace(/\.[a-z0-9]{2,5}$/i, '');
}

/** A file name made only of decoration words ("spacer", "line976", "1x1"); "line-chart" names content. */
function fileNamesDecoration(name: string): boolean {
  if (/(?:^|[^0-9])1x1(?:[^0-9]|$)/i.test(name)) return true;
  const words = wordsOf(name);
  return words.length > 0 && words.every((word) => FILE_WORDS.has(word));
}

function classNamesDecoration(className: string | null | undefined): boolean {
  return wordsOf(className ?? '').some((word) => CLASS_WORDS.has(word));
}

/** Alt text that says the picture is decoration ("line", "section divider") or is only punctuation ("***", "•"). */
function altNamesDecoration(alt: string): boolean {
  const trimmed = alt.trim();
  if (trimmed === '') return false;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return true;
  const words = wordsOf(trimmed);
  return words.length <= 3 && words.some((word) => ALT_WORDS.has(word)) && words.every((word) => ALT_WORDS.has(word) || ALT_QUALIFIERS.has(word));
}

export function isDecorativeImage(image: ImageFacts): boolean {
  // Hidden from assistive technology and saying nothing: decoration. With an alt text it is a rendering of
  // something said elsewhere, a formula beside its MathML say, and the clip may have only the picture.
  const role = (image.role ?? '').trim().toLowerCase();
  const silent = (image.alt ?? '').trim() === '';
  if (silent && (role === 'presentation' || role === 'none' || (image.ariaHidden ?? '').trim().toLowerCase() === 'true')) return true;
  const width = pixels(image.width) ?? styleSize(image.style, 'width');
  const height = pixels(image.height) ?? styleSize(image.style, 'height');
  // A 0 beside a real size means "scale to fit" in many CMSs (width="570" height="0"); both 0 draws nothing.
  if (width === 0 && height === 0) return true;
  const line = (size: number | null) => size !== null && size > 0 && size <= MAX_LINE_PX;
  if (line(width) || line(height)) return true;
  if (silent && width !== null && height !== null && width <= MAX_ICON_PX && height <= MAX_ICON_PX) return true;
  if (!/^data:/i.test(image.src) && fileNamesDecoration(fileName(image.src))) return true;
  if (classNamesDecoration(image.className)) return true;
  return image.alt !== null && altNamesDecoration(image.alt);
}
