import { escapeMarkdown } from '../notes/markdown';
import { longDate } from './dates';
import type { Dossier, DossierQuote } from './dossier';
import { quotedText } from './quote-card';
import { styledToMarkdown } from './styled';

function quoteBlock(quote: DossierQuote): string {
  const who = quote.speaker ? `${escapeMarkdown(quote.speaker)}, quoted in ` : '';
  const lines = [`> ${escapeMarkdown(quotedText(quote.text))}`, '>', `> — ${who}${styledToMarkdown(quote.note)}`];
  if (quote.tags.length) lines.push(`\nAlso about: ${escapeMarkdown(quote.tags.join(', '))}`);
  if (quote.comment) lines.push(`\n*Comment:* ${escapeMarkdown(quote.comment)}`);
  return lines.join('\n');
}

/** An entity's dossier as Markdown: the same sections as the printed one. */
export function dossierToMarkdown(dossier: Dossier): string {
  const { entity } = dossier;
  const name = escapeMarkdown(entity.name);
  const blocks = [`# ${name}`];
  if (entity.aliases.length) blocks.push(`*Also:* ${escapeMarkdown(entity.aliases.join(', '))}`);
  if (entity.description.trim()) blocks.push(escapeMarkdown(entity.description.trim()));
  if (dossier.timeline.length) {
    blocks.push('## Timeline', dossier.timeline.map((e) => `- ${longDate(e.date)}: ${escapeMarkdown(e.label)}`).join('\n'));
  }
  const section = (title: string, quotes: DossierQuote[]) => [title, ...(quotes.length ? quotes.map(quoteBlock) : ['*None yet.*'])];
  if (entity.kind !== 'treaty' || dossier.saidBy.length) blocks.push(...section(`## Quotes by ${name}`, dossier.saidBy));
  blocks.push(...section(`## Quotes about ${name}`, dossier.about));
  if (dossier.sources.length) blocks.push('## Sources', dossier.sources.map((s, i) => `${i + 1}. ${styledToMarkdown(s)}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
