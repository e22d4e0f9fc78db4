import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ShellArgs, ShellChannel, ShellResult } from '../../shared/shell';
import { freshLibrary } from '../db/testing';
import { getDemoState } from '../features/demo/demo';
import { prepareLibrary } from '../features/demo/first-run';
import { LibraryDbProvider } from '../features/library/library-db';
import { ShellProvider } from '../shell';
import type { Shell } from '../shell/shell';
import { ExportActions } from './ExportActions';

function desktopShell(calls: { channel: string; args: unknown }[]): Shell {
  return {
    kind: 'desktop',
    invoke: async <K extends ShellChannel>(channel: K, args: ShellArgs<K>) => {
      calls.push({ channel, args });
      return { saved: true, path: `/home/user/${(args as { suggestedName: string }).suggestedName}` } as ShellResult<K>;
    },
    on: () => () => {},
  };
}

async function waitForText(host: HTMLElement, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!host.textContent?.includes(text)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for “${text}”; saw: ${host.textContent}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ExportActions', () => {
  it('exports the demo note as BibTeX and Putin’s dossier as PDF through the desktop shell, saying where each went', async () => {
    const db = await freshLibrary();
    await prepareLibrary(db);
    const state = await getDemoState(db);
    if (state?.status !== 'installed') throw new Error('the demo was not installed');
    const putinId = (await db.quotes.get(state.quoteIds[0]!))!.speakerId!;
    const calls: { channel: string; args: unknown }[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    root.render(
      <ShellProvider shell={desktopShell(calls)}>
        <LibraryDbProvider db={db}>
          <div id="note-export">
            <ExportActions selection={{ kind: 'note', id: state.noteId }} />
          </div>
          <div id="entity-export">
            <ExportActions selection={{ kind: 'entity', id: putinId }} formats={['markdown']} />
          </div>
        </LibraryDbProvider>
      </ShellProvider>,
    );

    await waitForText(host, 'Save dossier as PDF…');
    const noteGroup = host.querySelector<HTMLElement>('#note-export')!;
    await userEvent.selectOptions(noteGroup.querySelector('select')!, 'bibtex');
    await userEvent.click(noteGroup.querySelector('button')!);
    await waitForText(noteGroup, 'Saved to /home/user/Putin-on-arms-control-after-the-INF-Treaty-demo.bib');
    const save = calls[0]! as { channel: string; args: ShellArgs<'file:save'> };
    expect(save.channel).toBe('file:save');
    expect(new TextDecoder().decode(save.args.bytes)).toMatch(/^@online\{putin2019ready,\n {2}title = \{Putin says he's ready/);

    const entityGroup = host.querySelector<HTMLElement>('#entity-export')!;
    const pdfButton = [...entityGroup.querySelectorAll('button')].find((b) => b.textContent === 'Save dossier as PDF…')!;
    await userEvent.click(pdfButton);
    await waitForText(entityGroup, 'Saved to /home/user/Vladimir-Putin-dossier.pdf');
    const pdf = calls[1]! as { channel: string; args: ShellArgs<'report:pdf'> };
    expect(pdf.channel).toBe('report:pdf');
    expect(pdf.args.html).toContain('<h1>Vladimir Putin</h1>');
    expect(pdf.args.html).toContain('Quotes by Vladimir Putin (3)');
    root.unmount();
    host.remove();
  });
});
