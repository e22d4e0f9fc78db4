/** The clipper's refusals, each with a message a user can act on. */
import { CLIP_MAX_BYTES, CLIP_MAX_WORDS, type ClipFailure } from '../../shared/clip/types';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const clipFailures = {
  empty: (): ClipFailure => ({ code: 'empty', message: 'There is nothing to clip: the page or text is empty.' }),
  binary: (): ClipFailure => ({
    code: 'binary',
    message: 'This is not a web page or text (it looks like an image, PDF or other binary file), so it cannot be clipped.',
  }),
  tooLarge: (size: number): ClipFailure => ({
    code: 'too-large',
    message: `This page is ${megabytes(size)}, more than the ${megabytes(CLIP_MAX_BYTES)} a clip can be. Save the article's own page or paste its text instead.`,
  }),
  tooLong: (words: number): ClipFailure => ({
    code: 'too-long',
    message: `This page's text is about ${words.toLocaleString('en')} words, more than the ${CLIP_MAX_WORDS.toLocaleString('en')} a clip can hold: it is a book or a dump of data rather than an article. Paste the part you need instead.`,
  }),
  cancelled: (): ClipFailure => ({ code: 'cancelled', message: 'Clipping was cancelled. Nothing was saved.' }),
  notAnArticle: (url: string, title: string): ClipFailure => ({
    code: 'not-an-article',
    message: 'No article was found on this page (it is mostly navigation or links). You can keep it as a bookmark instead.',
    bookmark: { url, title },
  }),
  unreadable: (reason: string): ClipFailure => ({ code: 'unreadable', message: `This page could not be read: ${reason}` }),
};
