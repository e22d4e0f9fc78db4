import type { LexicalEditor } from 'lexical';
import type { CitedQuote } from '../../../shared/notes/citation';
import { noteToHtml } from '../../../shared/notes/html';
import { extractLinks } from '../../../shared/notes/links';
import { noteToMarkdown } from '../../../shared/notes/markdown';
import { withMentionNames } from '../../../shared/notes/mention-names';
import type { NoteLibrary } from '../../editor/context';

export type ExportedNote = { markdown: string; html: string };

/** The note in the editor as Markdown and HTML, citing every quote as it is now. */
export async function exportNote(editor: LexicalEditor, library: NoteLibrary, title: string): Promise<ExportedNote> {
  // Names as they are now, even if the editor has not caught up with a rename yet.
  const content = JSON.stringify(editor.getEditorState().toJSON());
  const { quoteIds, entityIds } = extractLinks(content);
  const targets = await library.resolveMentions(entityIds);
  const state = withMentionNames(content, (id) => targets.get(id)?.name ?? null);
  const quotes = new Map<string, CitedQuote>();
  for (const id of quoteIds) {
    const view = await library.getQuoteView(id);
    if (view) quotes.set(id, view);
  }
  const resolveQuote = (id: string) => quotes.get(id) ?? null;
  return { markdown: noteToMarkdown(state, { title, resolveQuote }), html: noteToHtml(state, { title, resolveQuote }) };
}

/** A file name from the title that every OS accepts. */
export function markdownFileName(title: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80)
    .trim();
  return `${base || 'Untitled note'}.md`;
}

/** Puts the note on the clipboard as rich text, with the Markdown as the plain-text flavour. */
export async function copyRichText({ markdown, html }: ExportedNote): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([markdown], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}
