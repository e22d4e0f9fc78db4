import { MhtmlError, parseMhtml } from '../../../shared/import/mhtml';
import type { MhtmlPart } from '../../../shared/import/mhtml';
import type { ClipInput } from '../../clip/pipeline';

export const IMPORTABLE_EXTENSIONS = ['.html', '.htm', '.mhtml', '.mht', '.txt', '.md', '.markdown'] as const;
export const IMPORT_ACCEPT = IMPORTABLE_EXTENSIONS.join(',');

/**
 * What one source becomes for the pipeline, plus images it carries with it (an .mhtml's parts).
 * `allowLocal`: the user confirmed fetching this link although it is on their computer or network;
 * only the Clip dialog sets it, after asking.
 */
export type PreparedSource = { input: ClipInput; resources: MhtmlPart[]; allowLocal?: boolean };

export class SourceError extends Error {
  override readonly name = 'SourceError';
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot).toLowerCase();
}

export function isImportable(name: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** A picked or dropped file, by its extension. */
export async function prepareFile(file: File): Promise<PreparedSource> {
  const extension = extensionOf(file.name);
  if (!isImportable(file.name)) {
    throw new SourceError(`${file.name}: Quire clips .html, .htm, .mhtml, .txt and .md files.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (extension === '.mhtml' || extension === '.mht') {
    try {
      const page = parseMhtml(bytes);
      return {
        input: { kind: 'bytes', bytes: page.html.bytes, charset: page.html.charset, url: page.url, source: 'file' },
        resources: page.resources,
      };
    } catch (error) {
      if (error instanceof MhtmlError) throw new SourceError(`${file.name}: ${error.message}`);
      throw error;
    }
  }
  if (extension === '.html' || extension === '.htm') {
    return { input: { kind: 'bytes', bytes, source: 'file' }, resources: [] };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { input: { kind: 'text', text: stripMarkdownTitle(text), source: 'file' }, resources: [] };
}

/** "# Title" on a Markdown file's first line is its title, without the hash. */
function stripMarkdownTitle(text: string): string {
  return text.replace(/^\ufeff?\s*#{1,6}\s+/, '');
}

const SINGLE_URL = /^\s*(https?:\/\/[^\s]+)\s*$/i;

/** Something pasted: a link, HTML (preferred, when the clipboard has it) or plain text. */
export function preparePaste(data: { html?: string; text?: string }): PreparedSource {
  const text = data.text ?? '';
  const link = SINGLE_URL.exec(text);
  if (link && !data.html) return { input: { kind: 'html', html: '', url: link[1]! }, resources: [] };
  if (data.html && data.html.trim() !== '') return { input: { kind: 'html', html: data.html, source: 'paste' }, resources: [] };
  return { input: { kind: 'text', text, source: 'paste' }, resources: [] };
}

export function isUrlOnly(source: PreparedSource): source is PreparedSource & { input: { kind: 'html'; url: string } } {
  return source.input.kind === 'html' && source.input.html === '' && typeof source.input.url === 'string';
}
