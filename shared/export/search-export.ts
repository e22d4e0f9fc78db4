import { escapeHtml } from '../notes/html';
import { escapeMarkdown } from '../notes/markdown';
import { formatChicago } from './chicago';
import { htmlDocument } from './html-document';
import { quotedText } from './quote-card';
import { EXPORT_CSS } from './html';
import type { RecordIndex } from './records';
import type { SearchHitRef } from './selection';
import type { SourceOptions } from './source';
import { sourceFromClip } from './source';
import type { Styled } from './styled';
import { styledToHtml, styledToMarkdown } from './styled';

/** One result, resolved and ready to print: what was found and how to cite where it came from. */
export type SearchResultLine =
  | { type: 'clip'; title: string; citation: Styled }
  | { type: 'quote'; text: string; speaker: string | null; citation: Styled }
  | { type: 'note'; title: string; excerpt: string };

/** The hits in their ranked order; hits whose record is gone (trashed since the search) are skipped. */
export function resolveSearchHits(index: RecordIndex, hits: SearchHitRef[], options: SourceOptions = {}): SearchResultLine[] {
  const lines: SearchResultLine[] = [];
  for (const hit of hits) {
    if (hit.type === 'clip') {
      const clip = index.clips.get(hit.id);
      if (clip) {
        const source = sourceFromClip(clip, options);
        lines.push({ type: 'clip', title: source.title, citation: formatChicago({ text: '', speaker: null, source }).bibliography });
      }
    } else if (hit.type === 'quote') {
      const quote = index.quotes.get(hit.id);
      const clip = quote && index.clips.get(quote.clipId);
      if (quote && clip) {
        const speaker = quote.speakerId ? (index.entities.get(quote.speakerId)?.name ?? null) : null;
        const source = sourceFromClip(clip, options);
        lines.push({ type: 'quote', text: quote.text.trim(), speaker, citation: formatChicago({ text: '', speaker: null, source }).note });
      }
    } else {
      const note = index.notes.find((n) => n.id === hit.id);
      if (note) lines.push({ type: 'note', title: note.title.trim() || 'Untitled note', excerpt: excerpt(note.text) });
    }
  }
  return lines;
}

function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function searchToMarkdown(query: string, lines: SearchResultLine[]): string {
  const blocks = [`# Search: ${escapeMarkdown(query.trim() || '(everything)')}`, plural(lines.length, 'result')];
  lines.forEach((line, i) => {
    const n = `${i + 1}.`;
    if (line.type === 'clip') blocks.push(`${n} **${escapeMarkdown(line.title)}** (clip)  \n   ${styledToMarkdown(line.citation)}`);
    else if (line.type === 'note') blocks.push(`${n} **${escapeMarkdown(line.title)}** (note)  \n   ${escapeMarkdown(line.excerpt)}`);
    else {
      const who = line.speaker ? `${escapeMarkdown(line.speaker)}, quoted in ` : '';
      blocks.push(`${n} ${escapeMarkdown(quotedText(line.text))} (quote)  \n   — ${who}${styledToMarkdown(line.citation)}`);
    }
  });
  return `${blocks.join('\n\n')}\n`;
}

export function searchToHtml(query: string, lines: SearchResultLine[]): string {
  const items = lines.map((line) => {
    if (line.type === 'clip') return `<li><strong>${escapeHtml(line.title)}</strong> (clip)<br>${styledToHtml(line.citation)}</li>`;
    if (line.type === 'note') return `<li><strong>${escapeHtml(line.title)}</strong> (note)<br>${escapeHtml(line.excerpt)}</li>`;
    const who = line.speaker ? `${escapeHtml(line.speaker)}, quoted in ` : '';
    return `<li><blockquote><p>${escapeHtml(quotedText(line.text))}</p><footer>— ${who}${styledToHtml(line.citation)}</footer></blockquote></li>`;
  });
  const title = `Search: ${query.trim() || '(everything)'}`;
  const body = [`<h1>${escapeHtml(title)}</h1>`, `<p class="facts">${plural(lines.length, 'result')}</p>`, `<ol>\n${items.join('\n')}\n</ol>`];
  return htmlDocument({ title, css: EXPORT_CSS, body: body.join('\n') });
}
