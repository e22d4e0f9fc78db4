import type { Clip } from '../model';
import { escapeHtml, noteToHtml } from '../notes/html';
import { formatApa } from './apa';
import { formatChicago } from './chicago';
import { longDate } from './dates';
import { htmlDocument, safeLink } from './html-document';
import { displayName } from './names';
import type { RecordIndex } from './records';
import { citedQuote, quotesOfClip } from './records';
import type { SourceOptions } from './source';
import { sourceFromClip } from './source';
import { styledToHtml } from './styled';

/** Reading styles for exported pages: a centred column that also prints well. */
export const EXPORT_CSS = `
body { font-family: Georgia, "DejaVu Serif", serif; max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.55; color: #111; }
h1 { line-height: 1.2; }
.facts { color: #555; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #999; }
blockquote footer, .comment { font-size: .9em; color: #444; }
.cite p { margin: .4em 0; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

/** The article's parts as escaped HTML: the clip's own markup is never copied into an export. */
function clipSection(clip: Clip, index: RecordIndex, level: number, options: SourceOptions & { includeText?: boolean }): string {
  const source = sourceFromClip(clip, options);
  const h = (n: number) => `h${Math.min(6, n)}`;
  const facts = [
    source.authors.map(displayName).join(', '),
    source.site,
    source.issued ? longDate(source.issued) : '',
  ].filter(Boolean);
  const parts = [`<${h(level)}>${escapeHtml(source.title)}</${h(level)}>`];
  const link = source.url ? safeLink(source.url, source.url) : '';
  if (facts.length || link) parts.push(`<p class="facts">${[escapeHtml(facts.join(' · ')), link].filter(Boolean).join(' · ')}</p>`);
  if (options.includeText !== false) {
    for (const paragraph of clip.text.split(/\n\s*\n/)) {
      const text = paragraph.replace(/\s+/g, ' ').trim();
      if (text) parts.push(`<p>${escapeHtml(text)}</p>`);
    }
  }
  const quotes = quotesOfClip(index, clip.id);
  if (quotes.length) parts.push(`<${h(level + 1)}>Quotes</${h(level + 1)}>`);
  for (const quote of quotes) {
    const speaker = quote.speakerId ? index.entities.get(quote.speakerId)?.name : undefined;
    parts.push(
      `<blockquote><p>${escapeHtml(quote.text.trim())}</p>${speaker ? `<footer>— ${escapeHtml(speaker)}</footer>` : ''}</blockquote>`,
    );
    if (quote.comment.trim()) parts.push(`<p class="comment">Comment: ${escapeHtml(quote.comment.trim())}</p>`);
  }
  const card = { text: '', speaker: null, source };
  parts.push(
    `<section class="cite"><${h(level + 1)}>Cite as</${h(level + 1)}>`,
    `<p>Chicago: ${styledToHtml(formatChicago(card).bibliography)}</p>`,
    `<p>APA: ${styledToHtml(formatApa(card).reference)}</p></section>`,
  );
  return parts.join('\n');
}

export function clipToHtml(clip: Clip, index: RecordIndex, options: SourceOptions = {}): string {
  return htmlDocument({ title: clip.title || 'Clip', lang: clip.lang, css: EXPORT_CSS, body: clipSection(clip, index, 1, options) });
}

/** A note, its quotes cited under each, then the clips it draws on. */
export function notesToHtml(title: string, index: RecordIndex, options: SourceOptions = {}): string {
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  const notes = [...index.notes].sort((a, b) => a.createdAt - b.createdAt);
  for (const note of notes) {
    const single = notes.length === 1 && note.title === title;
    body.push(`<article>${noteToHtml(note.content, { title: single ? '' : note.title, resolveQuote: (id) => citedQuote(index, id) })}</article>`);
  }
  const clips = [...index.clips.values()].sort((a, b) => a.createdAt - b.createdAt);
  if (clips.length) body.push('<h2>Sources</h2>', ...clips.map((clip) => clipSection(clip, index, 3, { ...options, includeText: false })));
  return htmlDocument({ title, css: EXPORT_CSS, body: body.join('\n') });
}
