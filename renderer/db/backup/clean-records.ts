/**
 * A backup is a file like any other, and anyone can write one: before its clips are
 * written they pass the clipper's own sanitizer and the web-address check, exactly as a
 * clip made from a page does. Runs on the window's side, which has the DOM the
 * sanitizer needs (the backup worker has none); nothing else in the record changes.
 */
import createDOMPurify from 'dompurify';
import { isWebUrl } from '../../../shared/clip/web-url';
import type { Clip } from '../../../shared/model';
import { sanitizeArticle } from '../../clip/sanitize';
import { type BackupContents, BackupError } from './parse';

/** Sanitizing thousands of articles takes seconds: the window gets a turn this often, so it stays responsive. */
const SLICE_MS = 40;

export async function cleanClipRecords(tables: BackupContents): Promise<BackupContents> {
  const sanitize = htmlSanitizer();
  const clips: Clip[] = [];
  let sliceStart = performance.now();
  for (const clip of tables.clips) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    clips.push(cleanClip(clip, sanitize));
  }
  return { ...tables, clips };
}

function cleanClip(clip: Clip, sanitize: (clip: Clip) => string): Clip {
  const html = clip.html === '' ? '' : sanitize(clip);
  const url = isWebUrl(clip.url) ? clip.url : '';
  const canonicalUrl = isWebUrl(clip.canonicalUrl) ? clip.canonicalUrl : '';
  if (html === clip.html && url === clip.url && canonicalUrl === clip.canonicalUrl) return clip;
  return { ...clip, html, url, canonicalUrl };
}

// Text and attribute-less tags that carry nothing but structure: nothing to sanitize in them.
const BARE_MARKUP = /^(?:[^<]|<\/?(?:p|br|b|i|em|strong|h[1-6]|ul|ol|li|blockquote)>)*$/i;

function htmlSanitizer(): (clip: Clip) => string {
  if (typeof window !== 'undefined' && typeof DOMParser !== 'undefined') {
    const purify = createDOMPurify(window);
    return (clip) => sanitizeArticle(purify, clip.html).html;
  }
  // Without a DOM (Node: unit tests and tools) nothing can sanitize, so only markup that needs no sanitizing passes.
  return (clip) => {
    if (BARE_MARKUP.test(clip.html)) return clip.html;
    throw new BackupError(`the clip "${clip.title.slice(0, 80)}" holds HTML that can only be checked in the Quire window`);
  };
}
