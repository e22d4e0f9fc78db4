import type { JSX } from 'react';
import { useState } from 'react';
import type { ExportFormat } from '../../shared/export/export-file';
import type { ExportSelection } from '../../shared/export/selection';
import { useLibraryDb } from '../features/library/library-db';
import { useShell } from '../shell';
import { exportToFile, printEntityDossier } from './export-actions';
import { saveResultMessage } from './save-export';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown (.md)',
  html: 'Web page (.html)',
  json: 'JSON (.json)',
  'csl-json': 'CSL-JSON for Zotero, pandoc (.json)',
  bibtex: 'BibTeX (.bib)',
};

type Props = {
  selection: ExportSelection;
  /** Which formats to offer; a note or a search usually wants them all, an entity adds its PDF dossier. */
  formats?: readonly ExportFormat[];
};

/**
 * An "Export" control any screen can place next to what it shows: pick a
 * format, get a save dialog (desktop) or a download (browser), and a line
 * saying where it went. For an entity it also offers the PDF dossier.
 */
export function ExportActions({ selection, formats = ['markdown', 'html', 'json', 'csl-json', 'bibtex'] }: Props): JSX.Element {
  const shell = useShell();
  const db = useLibraryDb();
  const [format, setFormat] = useState<ExportFormat>(formats[0] ?? 'markdown');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () => run(async () => saveResultMessage(await exportToFile(shell, db, selection, format)));
  const printDossier = () =>
    run(async () => {
      if (selection.kind !== 'entity') return '';
      const result = await printEntityDossier(shell, db, selection.id);
      return result.status === 'printed' ? 'Sent to the print dialog.' : saveResultMessage(result);
    });

  return (
    <div className="export-actions" role="group" aria-label="Export">
      <select aria-label="Export format" value={format} disabled={busy} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
        {formats.map((value) => (
          <option key={value} value={value}>
            {FORMAT_LABELS[value]}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy} onClick={() => void exportFile()}>
        Export…
      </button>
      {selection.kind === 'entity' ? (
        <button type="button" disabled={busy} onClick={() => void printDossier()}>
          {shell.kind === 'desktop' ? 'Save dossier as PDF…' : 'Print dossier…'}
        </button>
      ) : null}
      {message ? (
        <p className="export-message" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
