import type { EditorThemeClasses } from 'lexical';

/** Class names the editor puts on its DOM; styled in renderer/features/notes/notes.css. */
export const noteTheme: EditorThemeClasses = {
  paragraph: 'note-p',
  heading: { h1: 'note-h1', h2: 'note-h2', h3: 'note-h3', h4: 'note-h4', h5: 'note-h5', h6: 'note-h6' },
  quote: 'note-blockquote',
  list: { ul: 'note-ul', ol: 'note-ol', listitem: 'note-li', nested: { listitem: 'note-li-nested' } },
  link: 'note-link',
  code: 'note-code',
  text: { bold: 'note-bold', italic: 'note-italic', underline: 'note-underline', strikethrough: 'note-strike', code: 'note-inline-code' },
};
