import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../shared/export/dossier';
import { DOSSIER_CSS, renderDossierBody, renderDossierHtml } from '../../shared/export/dossier-html';
import { makeClip, makeEntity, makeQuote } from '../../shared/export/records.test-data';
import type { ShellArgs, ShellChannel, ShellResult } from '../../shared/shell';
import type { Shell } from '../shell/shell';
import { printReport } from './print-report';
import type { DownloadEnv } from './save-export';
import { saveExport, saveResultMessage } from './save-export';

function shell(kind: Shell['kind'], answer: unknown, calls: { channel: string; args: unknown }[] = []): Shell {
  return {
    kind,
    invoke: async <K extends ShellChannel>(channel: K, args: ShellArgs<K>) => {
      calls.push({ channel, args });
      return answer as ShellResult<K>;
    },
    on: () => () => {},
  };
}

/** The real document and object URLs, with the download click caught before the browser acts on it. */
function watchedEnv() {
  const clicks: { name: string; text: Promise<string>; type: Promise<string> }[] = [];
  const revoked: string[] = [];
  const onClick = (event: MouseEvent) => {
    const link = event.target as HTMLAnchorElement;
    if (link.tagName !== 'A' || !link.download) return;
    event.preventDefault();
    const blob = fetch(link.href).then((r) => r.blob());
    clicks.push({ name: link.download, text: blob.then((b) => b.text()), type: blob.then((b) => b.type) });
  };
  document.addEventListener('click', onClick);
  const env: DownloadEnv = {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => void revoked.push(url),
  };
  return { env, clicks, revoked, stop: () => document.removeEventListener('click', onClick) };
}

describe('saveExport', () => {
  it('in the browser, downloads the exact bytes under the suggested name, leaving no link behind', async () => {
    const watch = watchedEnv();
    const bytes = new TextEncoder().encode('# Notes — «Путин»\n');
    const padded = new Uint8Array(64);
    padded.set(bytes, 8);
    const view = padded.subarray(8, 8 + bytes.length);
    const result = await saveExport(shell('web', null), { name: 'notes.md', mime: 'text/markdown;charset=utf-8', bytes: view }, watch.env);
    watch.stop();
    expect(result).toEqual({ status: 'downloaded', name: 'notes.md' });
    expect(saveResultMessage(result)).toBe('Downloaded notes.md');
    expect(watch.clicks.map((c) => c.name)).toEqual(['notes.md']);
    expect(await watch.clicks[0]!.text).toBe('# Notes — «Путин»\n');
    expect(await watch.clicks[0]!.type).toBe('text/markdown;charset=utf-8');
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('on the desktop, asks the shell to save (a name and filter, never a path) and reports a cancel', async () => {
    const calls: { channel: string; args: unknown }[] = [];
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await saveExport(shell('desktop', { saved: false }, calls), { name: 'refs.bib', mime: 'application/x-bibtex', bytes })).toEqual({
      status: 'cancelled',
    });
    expect(calls).toEqual([{ channel: 'file:save', args: { suggestedName: 'refs.bib', filters: [{ name: 'BIB', extensions: ['bib'] }], bytes } }]);
    const saved = await saveExport(shell('desktop', { saved: true, path: '/tmp/refs.bib' }), { name: 'refs.bib', mime: 'x', bytes });
    expect(saveResultMessage(saved)).toBe('Saved to /tmp/refs.bib');
  });
});

describe('printReport', () => {
  const clip = makeClip({ text: 'Now it’s up to the U.S.' });
  const putin = makeEntity('p', 'person', 'Vladimir Putin');
  const dossier = buildDossier({ entity: putin, clips: [clip], quotes: [makeQuote('q', clip, 'Now it’s up to the U.S.', { speakerId: 'p' })], entities: [putin], now: 0 });
  const report = { html: renderDossierHtml(dossier), body: renderDossierBody(dossier), css: DOSSIER_CSS, suggestedName: 'Vladimir-Putin-dossier.pdf' };

  it('in the browser, shows only the dossier while print() runs, then puts the page back', async () => {
    const app = document.createElement('main');
    app.textContent = 'The app';
    document.body.append(app);
    const seen: { title: string; rootText: string; rootDisplay: string; appDisplay: string; printRules: string }[] = [];
    const result = await printReport(shell('web', null), report, {
      document,
      print: () => {
        const root = document.getElementById('quire-print-root')!;
        const sheet = document.adoptedStyleSheets.at(-1)!;
        seen.push({
          title: document.title,
          rootText: root.textContent ?? '',
          rootDisplay: getComputedStyle(root).display,
          appDisplay: getComputedStyle(app).display,
          printRules: [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
        });
      },
    });
    expect(result).toEqual({ status: 'printed' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.title).toBe('Vladimir-Putin-dossier.pdf');
    expect(seen[0]!.rootText).toContain('Vladimir Putin');
    expect(seen[0]!.rootText).toContain('“Now it’s up to the U.S.”');
    // On screen nothing changes; on paper only the dossier shows.
    expect(seen[0]!.rootDisplay).toBe('none');
    expect(seen[0]!.appDisplay).toBe('block');
    expect(seen[0]!.printRules).toMatch(/@media print \{[\s\S]*body > :not\(#quire-print-root\) \{ display: none !important; \}/);
    expect(document.getElementById('quire-print-root')).toBeNull();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    app.remove();
  });

  it('on the desktop, sends the whole document to report:pdf', async () => {
    const calls: { channel: string; args: unknown }[] = [];
    const result = await printReport(shell('desktop', { saved: true, path: '/home/u/p.pdf' }, calls), report);
    expect(result).toEqual({ status: 'saved', path: '/home/u/p.pdf' });
    expect(calls).toEqual([{ channel: 'report:pdf', args: { html: report.html, suggestedName: 'Vladimir-Putin-dossier.pdf' } }]);
  });
});
