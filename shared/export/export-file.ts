import { sourcesToBibtex } from './bibtex';
import type { BibtexDialect } from './bibtex';
import { sourcesToCslJson } from './csl';
import { buildDossier } from './dossier';
import { renderDossierHtml } from './dossier-html';
import { dossierToMarkdown } from './dossier-markdown';
import { clipToHtml, notesToHtml } from './html';
import { clipToMarkdown, notebookToMarkdown } from './markdown';
import type { ExportRecords } from './records';
import { indexRecords } from './records';
import { resolveSearchHits, searchToHtml, searchToMarkdown } from './search-export';
import type { ExportSelection } from './selection';
import { selectRecords } from './selection';
import type { SourceOptions } from './source';
import { sourceFromClip } from './source';

export const EXPORT_FORMATS = ['markdown', 'html', 'json', 'csl-json', 'bibtex'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A finished export: what the save dialog suggests and what gets written. */
export type ExportFile = { name: string; mime: string; filter: { name: string; extensions: string[] }; text: string };

const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string; label: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown', label: 'Markdown' },
  html: { extension: 'html', mime: 'text/html', label: 'Web page' },
  json: { extension: 'json', mime: 'application/json', label: 'JSON' },
  'csl-json': { extension: 'json', mime: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex', label: 'BibTeX' },
};

export type ExportOptions = SourceOptions & {
  /** ms since epoch, for the dossier's "made on" line. */
  now: number;
  bibtexDialect?: BibtexDialect;
};

/**
 * A file name for the save dialog from a title: letters (any script), digits,
 * spaces become hyphens; nothing the shell contract would refuse.
 */
export function exportFileName(title: string, extension: string, suffix = ''): string {
  const slug = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'quire-export'}${suffix}.${extension}`;
}

function selectionTitle(selection: ExportSelection, records: ExportRecords): string {
  switch (selection.kind) {
    case 'clip':
      return records.clips.find((c) => c.id === selection.id)?.title ?? 'Clip';
    case 'note':
      return records.notes.find((n) => n.id === selection.id)?.title || 'Note';
    case 'entity':
      return records.entities.find((e) => e.id === selection.id)?.name ?? 'Entity';
    case 'search':
      return `Search ${selection.query}`.trim();
    case 'library':
      return 'Quire library';
  }
}

/** Exports what the user selected in one format; the records are the live library's, the selection picks among them. */
export function exportSelection(library: ExportRecords, selection: ExportSelection, format: ExportFormat, options: ExportOptions): ExportFile {
  const selected = selectRecords(indexRecords(library), selection);
  const index = indexRecords(selected);
  const title = selectionTitle(selection, library);
  const file = FORMAT_FILES[format];
  const made = (text: string, suffix = '') => ({
    name: exportFileName(title, file.extension, suffix),
    mime: file.mime,
    filter: { name: file.label, extensions: [file.extension] },
    text,
  });
  const sources = [...index.clips.values()].map((clip) => sourceFromClip(clip, options));
  if (format === 'csl-json') return made(sourcesToCslJson(sources), '.csl');
  if (format === 'bibtex') return made(sourcesToBibtex(sources, options.bibtexDialect));
  if (format === 'json') return made(`${JSON.stringify({ format: 'quire-export', version: 1, selection, ...selected }, null, 2)}\n`);
  const entity = selection.kind === 'entity' ? index.entities.get(selection.id) : undefined;
  if (selection.kind === 'entity' && entity) {
    const dossier = buildDossier({ entity, ...selected, now: options.now, sourceOptions: options });
    return made(format === 'markdown' ? dossierToMarkdown(dossier) : renderDossierHtml(dossier));
  }
  if (selection.kind === 'search') {
    const lines = resolveSearchHits(index, selection.hits, options);
    return made(format === 'markdown' ? searchToMarkdown(selection.query, lines) : searchToHtml(selection.query, lines));
  }
  const clip = selection.kind === 'clip' ? index.clips.get(selection.id) : undefined;
  if (clip) return made(format === 'markdown' ? clipToMarkdown(clip, selected, options) : clipToHtml(clip, index, options));
  return made(format === 'markdown' ? notebookToMarkdown(selected, { ...options, title }) : notesToHtml(title, index, options));
}
