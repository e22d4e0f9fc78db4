import type { Shell } from '../shell/shell';
import type { SaveResult } from './save-export';

/** A report in both shapes: a whole document for the desktop's PDF, a body fragment and its CSS for the browser's print. */
export type PrintableReport = { html: string; body: string; css: string; suggestedName: string };

export type PrintTarget = { document: Document; print: () => void };

const ROOT_ID = 'quire-print-root';

/**
 * Desktop: the shell prints the document to PDF in a hidden window and saves it
 * where the user picks (`report:pdf`). Browser: the report is laid into the
 * page for the length of `print()`, with styles that show only it on paper;
 * the user picks "Save as PDF" in the browser's dialog.
 */
export async function printReport(shell: Shell, report: PrintableReport, target: PrintTarget = window): Promise<SaveResult | { status: 'printed' }> {
  if (shell.kind === 'desktop') {
    const outcome = await shell.invoke('report:pdf', { html: report.html, suggestedName: report.suggestedName });
    return outcome.saved && outcome.path ? { status: 'saved', path: outcome.path } : { status: 'cancelled' };
  }
  printInPage(report, target);
  return { status: 'printed' };
}

function printInPage(report: PrintableReport, target: PrintTarget): void {
  const doc = target.document;
  doc.getElementById(ROOT_ID)?.remove();
  const root = doc.createElement('div');
  root.id = ROOT_ID;
  // The fragment is built by shared/export with every piece of user text escaped.
  root.innerHTML = report.body;
  // A constructed sheet, not a <style> element: the app's CSP (style-src 'self') refuses inline styles but not CSSOM.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `#${ROOT_ID} { display: none; }\n@media print {\n body > :not(#${ROOT_ID}) { display: none !important; }\n #${ROOT_ID} { display: block; }\n${report.css}\n}`,
  );
  const previousSheets = doc.adoptedStyleSheets;
  doc.adoptedStyleSheets = [...previousSheets, sheet];
  doc.body.append(root);
  const previousTitle = doc.title;
  doc.title = report.suggestedName;
  try {
    target.print();
  } finally {
    doc.title = previousTitle;
    root.remove();
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
