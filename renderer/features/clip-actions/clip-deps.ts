import DOMPurify from 'dompurify';
import type { ClipDeps } from '../../clip/pipeline';

/** The clipper's DOM in the renderer: an inert DOMParser document and the page's DOMPurify. */
export function browserClipDeps(): ClipDeps {
  return {
    parseHTML: (html, baseUrl) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      if (baseUrl && !doc.querySelector('base[href]')) {
        const base = doc.createElement('base');
        base.href = baseUrl;
        doc.head.prepend(base);
      }
      return doc;
    },
    purify: DOMPurify,
  };
}
