import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoNotebook } from '../../shared/export/demo-notebook.test-data';
import { buildDossier } from '../../shared/export/dossier';
import { renderDossierHtml } from '../../shared/export/dossier-html';
import { makeClip, makeQuote } from '../../shared/export/records.test-data';
import { chromiumArgs, chromiumPath } from '../../test/chromium';
import type { PdfWindow, PrintPdfDeps } from './print-pdf';
import { PDF_WINDOW_OPTIONS, printReportToPdf } from './print-pdf';

const article = await readFile(new URL('../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quire-pdf-'));
});
afterEach(() => (process.env.QUIRE_KEEP_PDF ? undefined : rm(dir, { recursive: true, force: true })));

/** A window that records what happened to it and prints fixed bytes. */
function recordingWindow(events: string[], print: () => Promise<Uint8Array>): PdfWindow {
  return {
    loadURL: async (url) => void events.push(`load ${url.slice(0, 22)}`),
    printToPDF: async () => {
      events.push('print');
      return print();
    },
    destroy: () => void events.push('destroy'),
  };
}

function deps(events: string[], answer: string | null, print: () => Promise<Uint8Array>, timeoutMs?: number): PrintPdfDeps {
  return {
    defaultDirectory: dir,
    showSaveDialog: async (options) => {
      events.push(`dialog ${options.defaultPath}`);
      return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
    },
    createWindow: (options) => {
      expect(options).toBe(PDF_WINDOW_OPTIONS);
      events.push('window');
      return recordingWindow(events, print);
    },
    timeoutMs,
  };
}

describe('report:pdf, with a recording window', () => {
  const pdf = async () => new TextEncoder().encode('%PDF-1.4 fake');

  it('asks for the path first: a cancel makes no window and writes nothing', async () => {
    const events: string[] = [];
    expect(await printReportToPdf({ html: '<p>x</p>', suggestedName: 'Putin dossier' }, deps(events, null, pdf))).toEqual({ saved: false });
    expect(events).toEqual([`dialog ${join(dir, 'Putin dossier.pdf')}`]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('loads the report as a data: URL, prints, closes the window and writes where the user picked', async () => {
    const events: string[] = [];
    const path = join(dir, 'chosen.pdf');
    expect(await printReportToPdf({ html: '<p>x</p>', suggestedName: 'r.pdf' }, deps(events, path, pdf))).toEqual({ saved: true, path });
    expect(events).toEqual([`dialog ${join(dir, 'r.pdf')}`, 'window', 'load data:text/html;charset', 'print', 'destroy']);
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.4 fake');
  });

  it('closes the window and writes nothing when printing fails or hangs', async () => {
    const events: string[] = [];
    const path = join(dir, 'x.pdf');
    await expect(printReportToPdf({ html: 'x', suggestedName: 'x' }, deps(events, path, () => Promise.reject(new Error('gpu'))))).rejects.toThrow('gpu');
    expect(events.at(-1)).toBe('destroy');
    const hang = () => new Promise<Uint8Array>(() => {});
    await expect(printReportToPdf({ html: 'x', suggestedName: 'x' }, deps(events, path, hang, 50))).rejects.toThrow('took too long');
    expect(events.at(-1)).toBe('destroy');
    expect(await readdir(dir)).toEqual([]);
  });
});

// Chromium start-up and printing share two cores with the rest of the suite: generous time, no timing assertions.
describe('the PDF dossier, printed by Chromium', { timeout: 90_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 60_000);
  afterAll(() => browser?.close());

  /** Chromium's page.pdf behind the PdfWindow shape: what Electron's printToPDF does, in the same engine. */
  function chromiumWindow(options: typeof PDF_WINDOW_OPTIONS): PdfWindow {
    const page = browser.newPage({ javaScriptEnabled: options.webPreferences.javascript, viewport: { width: options.width, height: options.height } });
    return {
      loadURL: async (url) => void (await (await page).goto(url)),
      printToPDF: async (print) =>
        (await page).pdf({ format: print.pageSize, printBackground: print.printBackground, preferCSSPageSize: print.preferCSSPageSize }),
      destroy: () => void page.then((p) => p.close()),
    };
  }

  async function printDossier(html: string, name: string) {
    const path = join(dir, `${name}.pdf`);
    const outcome = await printReportToPdf(
      { html, suggestedName: name },
      { defaultDirectory: dir, showSaveDialog: async () => ({ canceled: false, filePath: path }), createWindow: chromiumWindow },
    );
    expect(outcome).toEqual({ saved: true, path });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(dir, name)]);
    const pngs = (await readdir(dir)).filter((file) => file.startsWith(name) && file.endsWith('.png'));
    return { pages, text, pngs, path };
  }

  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

  it("prints Putin's dossier: one A4 page with his quotes, their sources and the timeline", async () => {
    const demo = demoNotebook(article);
    const dossier = buildDossier({ entity: demo.putin, ...demo, now: Date.UTC(2026, 10, 27, 12) });
    const { pages, text, pngs, path } = await printDossier(renderDossierHtml(dossier), 'putin-dossier');
    expect(pages).toBe(1);
    expect(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m.test(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))).toBe(true);
    expect(text).toContain('Vladimir Putin');
    for (const quote of demo.quotes) expect(text).toContain(flat(quote.text).replace(/[,.]$/, ''));
    expect(text).toContain('Quotes by Vladimir Putin (3)');
    expect(text).toContain('The Hill. “Putin Says He\'s Ready to Start Talks with US on Arms Control.” July 4, 2019. https://thehill.com/.');
    expect(text).toContain('July 4, 2019');
    expect(pngs).toEqual(['putin-dossier-1.png']);
    expect((await stat(join(dir, pngs[0]!))).size).toBeGreaterThan(10_000);
  });

  it("prints the INF Treaty's dossier with its treaty timeline, and a long dossier over several pages", async () => {
    const demo = demoNotebook(article);
    const inf = await printDossier(renderDossierHtml(buildDossier({ entity: demo.inf, ...demo, now: 0 })), 'inf');
    expect(inf.text).toMatch(/December 8, 1987 Signed .*June 1, 1988 Entered into force .*February 2, 2019 The United States and Russia suspend their obligations .*July 4, 2019 Putin says he's ready .*August 2, 2019 Ended/);
    expect(inf.text).toContain('Quotes about INF Treaty (2)');
    expect(inf.text).not.toContain('Quotes by INF Treaty');

    const clips = Array.from({ length: 12 }, (_, i) =>
      makeClip({ id: `c${i}`, title: `Report ${i + 1} on arms control`, publishedAt: `2020-0${(i % 9) + 1}-1${i % 10}`, text: article }),
    );
    const quotes = clips.flatMap((clip, i) =>
      [0, 1, 2].map((j) => makeQuote(`q${i}-${j}`, clip, `Statement ${i + 1}.${j + 1}: ${flat(article).slice(400 + j * 90, 560 + j * 90)}`, { speakerId: demo.putin.id })),
    );
    const long = await printDossier(renderDossierHtml(buildDossier({ entity: demo.putin, clips, quotes, entities: demo.entities, now: 0 })), 'long');
    expect(long.pages).toBeGreaterThan(2);
    expect(long.pngs).toHaveLength(long.pages);
    for (const quote of quotes) expect(long.text).toContain(quote.text.slice(0, 16));
    expect(long.text).toContain('Sources (12)');
  });

  it('keeps hostile text inert: escaped into the page, nothing loaded', async () => {
    const demo = demoNotebook(article);
    const hostile = { ...demo.putin, name: 'Putin <img src="http://127.0.0.1:9/x" onerror="alert(1)">' };
    const html = renderDossierHtml(buildDossier({ entity: hostile, ...demo, now: 0 }));
    expect(html).not.toContain('<img');
    const requests: string[] = [];
    const page = await browser.newPage();
    page.on('request', (request) => void requests.push(request.url()));
    await page.setContent(html);
    await page.close();
    expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
    const { text } = await printDossier(html, 'hostile');
    expect(text).toContain('Putin <img src="http://127.0.0.1:9/x" onerror="alert(1)">');
  });
});
