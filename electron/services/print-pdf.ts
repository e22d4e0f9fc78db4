import { ShellError } from '../../shared/shell';
import type { SaveOutcome } from '../../shared/shell';
import type { SaveFileDeps } from './save-file';
import { pickSavePath, writeChosenFile } from './save-file';

/** The options the hidden window is made with: it shows nothing, runs no script and has no Node. */
export const PDF_WINDOW_OPTIONS = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    images: true,
    spellcheck: false,
  },
} as const;

/** `webContents.printToPDF` options: A4, backgrounds kept; margins come from the report's own @page rule. */
export const PDF_PRINT_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;

/** The part of a BrowserWindow that printing uses; tests pass a Chromium page behind the same shape. */
export type PdfWindow = {
  loadURL(url: string): Promise<void>;
  printToPDF(options: typeof PDF_PRINT_OPTIONS): Promise<Uint8Array>;
  /** Frees the window; called once, whatever happened. */
  destroy(): void;
};

export type PrintPdfDeps = Pick<SaveFileDeps, 'showSaveDialog' | 'defaultDirectory' | 'writeFile'> & {
  createWindow: (options: typeof PDF_WINDOW_OPTIONS) => PdfWindow;
  /** How long loading and printing may take before the user is told it failed. */
  timeoutMs?: number;
};

/**
 * The report travels as a data: URL, so the window needs no file on disk and
 * no server; the report's own CSP (see shared/export) keeps it from loading
 * anything, and javascript is off in the window besides.
 */
export function reportDataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** Renders `html` to PDF bytes in a fresh hidden window, then closes it. */
export async function renderPdf(html: string, deps: Pick<PrintPdfDeps, 'createWindow' | 'timeoutMs'>): Promise<Uint8Array> {
  const window = deps.createWindow(PDF_WINDOW_OPTIONS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ShellError('timeout', 'Making the PDF took too long. Nothing was saved.')), deps.timeoutMs ?? 30_000);
  });
  try {
    const work = (async () => {
      await window.loadURL(reportDataUrl(html));
      return window.printToPDF(PDF_PRINT_OPTIONS);
    })();
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    window.destroy();
  }
}

/** `report:pdf`: the path first (a cancel costs nothing), then the PDF made and written there. */
export async function printReportToPdf(args: { html: string; suggestedName: string }, deps: PrintPdfDeps): Promise<SaveOutcome> {
  const name = /\.pdf$/i.test(args.suggestedName) ? args.suggestedName : `${args.suggestedName}.pdf`;
  const path = await pickSavePath(deps, name, [{ name: 'PDF', extensions: ['pdf'] }], 'Save PDF');
  if (path === null) return { saved: false };
  const bytes = await renderPdf(args.html, deps);
  await writeChosenFile(deps, path, bytes);
  return { saved: true, path };
}

/** An Electron BrowserWindow, typed by shape: services do not import electron, main.ts passes the real one. */
export type BrowserWindowLike = {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: typeof PDF_PRINT_OPTIONS): Promise<Uint8Array> };
  destroy(): void;
};

/** What main.ts gives `createWindow`: `(options) => asPdfWindow(new BrowserWindow(options))`. */
export function asPdfWindow(window: BrowserWindowLike): PdfWindow {
  return {
    loadURL: (url) => window.loadURL(url),
    printToPDF: (options) => window.webContents.printToPDF(options),
    destroy: () => window.destroy(),
  };
}
