import type { Clip, Quote } from '../model';
import { escapeMarkdown, noteToMarkdown } from '../notes/markdown';
import { formatApa } from './apa';
import { formatChicago } from './chicago';
import { longDate } from './dates';
import type { ExportRecords, RecordIndex } from './records';
import { citedQuote, indexRecords, quotesOfClip } from './records';
import { displayName } from './names';
import type { SourceOptions } from './source';
import { markdownUrl } from './safe-link';
import { sourceFromClip } from './source';
import { styledToMarkdown } from './styled';

export type ClipMarkdownOptions = SourceOptions & {
  /** The article's text under its heading; off in a notebook, where the quotes are what matters. */
  includeText?: boolean;
  /** Heading level of the clip's title (1 for a file of its own, 3 inside a notebook). */
  level?: number;
};

const heading = (level: number, text: string) => `${'#'.repeat(level)} ${escapeMarkdown(text)}`;

function quoteBlock(quote: Quote, index: RecordIndex): string {
  const speaker = quote.speakerId ? index.entities.get(quote.speakerId)?.name : undefined;
  const tags = quote.entityIds
    .filter((id) => id !== quote.speakerId)
    .map((id) => index.entities.get(id)?.name)
    .filter((name): name is string => Boolean(name));
  const lines = quote.text
    .trim()
    .split(/\n+/)
    .map((line) => `> ${escapeMarkdown(line.trim())}`);
  const attribution = [speaker ? `— ${escapeMarkdown(speaker)}` : '', tags.length ? `about ${escapeMarkdown(tags.join(', '))}` : '']
    .filter(Boolean)
    .join(', ');
  if (attribution) lines.push('>', `> ${attribution}`);
  const comment = quote.comment.trim() ? `\n\n*Comment:* ${escapeMarkdown(quote.comment.trim())}` : '';
  return `${lines.join('\n')}${comment}`;
}

/** A clip as Markdown: title, who and where, its quotes with speakers, and how to cite it (Chicago and APA). */
export function clipToMarkdownSection(clip: Clip, index: RecordIndex, options: ClipMarkdownOptions = {}): string {
  const level = options.level ?? 1;
  const source = sourceFromClip(clip, options);
  const byline = source.authors.map(displayName).join(', ');
  const url = markdownUrl(source.url);
  const facts = [
    byline ? escapeMarkdown(byline) : '',
    source.site ? `*${escapeMarkdown(source.site)}*` : '',
    source.issued ? longDate(source.issued) : '',
    url ? `<${url}>` : '',
  ].filter(Boolean);
  const blocks = [heading(level, source.title)];
  if (facts.length) blocks.push(facts.join(' · '));
  if (options.includeText !== false && clip.text.trim()) {
    blocks.push(...clip.text.split(/\n\s*\n/).map((p) => escapeMarkdown(p.replace(/\s+/g, ' ').trim())).filter(Boolean));
  }
  const quotes = quotesOfClip(index, clip.id);
  if (quotes.length) blocks.push(heading(level + 1, 'Quotes'), ...quotes.map((quote) => quoteBlock(quote, index)));
  const card = { text: '', speaker: null, source };
  blocks.push(
    heading(level + 1, 'Cite as'),
    `Chicago: ${styledToMarkdown(formatChicago(card).bibliography)}`,
    `APA: ${styledToMarkdown(formatApa(card).reference)}`,
  );
  return blocks.join('\n\n');
}

/** One clip, as a Markdown file of its own. */
export function clipToMarkdown(clip: Clip, records: ExportRecords, options: ClipMarkdownOptions = {}): string {
  return `${clipToMarkdownSection(clip, indexRecords(records), options)}\n`;
}

/** Moves every heading down `by` levels (outside code fences), so a note's "#" sits under the notebook's. */
function demoteHeadings(markdown: string, by: number): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && /^#{1,6} /.test(line) ? `${'#'.repeat(Math.min(6, by + line.indexOf(' ')))}${line.slice(line.indexOf(' '))}` : line;
    })
    .join('\n');
}

/** Footnote labels must be unique in one file: each note's [^1] becomes [^2.1] for the second note. */
function prefixFootnotes(markdown: string, prefix: string): string {
  return markdown.replace(/\[\^(\d+)\]/g, `[^${prefix}.$1]`);
}

export type NotebookMarkdownOptions = SourceOptions & { title?: string };

/**
 * A notebook as one Markdown file: its notes (quotes as block quotes with
 * footnote citations, see shared/notes/markdown.ts), then every clip they or
 * the notebook hold, with its quotes and how to cite it.
 */
export function notebookToMarkdown(records: ExportRecords, options: NotebookMarkdownOptions = {}): string {
  const index = indexRecords(records);
  const notes = [...index.notes].sort((a, b) => a.createdAt - b.createdAt);
  const title = options.title?.trim() || 'Quire notebook';
  const blocks = [heading(1, title)];
  if (notes.length === 1 && notes[0]!.title.trim() === title) {
    // Exporting one note: it is the document, not a section of it.
    blocks.push(noteToMarkdown(notes[0]!.content, { resolveQuote: (id) => citedQuote(index, id) }).trimEnd());
  } else if (notes.length) {
    blocks.push(heading(2, 'Notes'));
    notes.forEach((note, i) => {
      const markdown = noteToMarkdown(note.content, { title: note.title, resolveQuote: (id) => citedQuote(index, id) }).trimEnd();
      const numbered = notes.length > 1 ? prefixFootnotes(markdown, String(i + 1)) : markdown;
      if (numbered) blocks.push(demoteHeadings(numbered, 2));
    });
  }
  const clips = [...index.clips.values()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  if (clips.length) {
    blocks.push(heading(2, 'Sources'));
    for (const clip of clips) blocks.push(clipToMarkdownSection(clip, index, { ...options, includeText: false, level: 3 }));
  }
  return `${blocks.join('\n\n')}\n`;
}
