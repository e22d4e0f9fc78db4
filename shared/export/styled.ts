import { escapeHtml } from '../notes/html';
import { escapeMarkdown } from '../notes/markdown';

/** Formatted citation text: plain strings and italic spans, rendered to each output format. */
export type Run = string | { italic: string };
export type Styled = Run[];

export function italic(text: string): Run {
  return { italic: text };
}

export function styledToText(runs: Styled): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.italic)).join('');
}

export function styledToMarkdown(runs: Styled): string {
  return runs.map((run) => (typeof run === 'string' ? escapeMarkdown(run) : `*${escapeMarkdown(run.italic)}*`)).join('');
}

export function styledToHtml(runs: Styled): string {
  return runs.map((run) => (typeof run === 'string' ? escapeHtml(run) : `<i>${escapeHtml(run.italic)}</i>`)).join('');
}
