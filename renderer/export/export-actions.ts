import { buildDossier } from '../../shared/export/dossier';
import { DOSSIER_CSS, renderDossierBody, renderDossierHtml } from '../../shared/export/dossier-html';
import type { ExportFormat } from '../../shared/export/export-file';
import { exportFileName, exportSelection } from '../../shared/export/export-file';
import type { ExportSelection } from '../../shared/export/selection';
import type { LibraryDb } from '../db/db';
import type { Shell } from '../shell/shell';
import { loadExportRecords } from './library-records';
import type { PrintTarget } from './print-report';
import { printReport } from './print-report';
import type { SaveResult } from './save-export';
import { saveExport } from './save-export';

/** The user's clock, so "accessed" and "made on" are their calendar day. */
function localOptions(now: number) {
  return { now, timeZoneOffsetMinutes: -new Date(now).getTimezoneOffset() };
}

/** Exports a clip, note, entity, search result set or the whole library, and hands the file to the user. */
export async function exportToFile(shell: Shell, db: LibraryDb, selection: ExportSelection, format: ExportFormat): Promise<SaveResult> {
  const records = await loadExportRecords(db);
  const file = exportSelection(records, selection, format, localOptions(Date.now()));
  return saveExport(shell, { name: file.name, mime: `${file.mime};charset=utf-8`, bytes: new TextEncoder().encode(file.text), filter: file.filter });
}

/** The entity's dossier as a PDF: saved through the shell on the desktop, the browser's print dialog on the web. */
export async function printEntityDossier(shell: Shell, db: LibraryDb, entityId: string, target?: PrintTarget) {
  const records = await loadExportRecords(db);
  const entity = records.entities.find((e) => e.id === entityId);
  if (!entity) throw new Error('That entry is no longer in the library.');
  const dossier = buildDossier({ entity, ...records, now: Date.now(), sourceOptions: localOptions(Date.now()) });
  const report = {
    html: renderDossierHtml(dossier),
    body: renderDossierBody(dossier),
    css: DOSSIER_CSS,
    suggestedName: exportFileName(`${entity.name} dossier`, 'pdf'),
  };
  return printReport(shell, report, target);
}
