import { describe, expect, it } from 'vitest';
import { contextMenuEntries, toElectronContextMenu } from './context-menu';
import type { ContextAction, ContextMenuFacts } from './context-menu';

const noFlags = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canSelectAll: false };
const facts = (overrides: Partial<ContextMenuFacts>): ContextMenuFacts => ({
  isEditable: false,
  selectionText: '',
  linkURL: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: noFlags,
  ...overrides,
});

describe('context menu', () => {
  it('is empty where there is nothing to do', () => {
    expect(contextMenuEntries(facts({}))).toEqual([]);
  });

  it('offers Search for selected text, then Copy', () => {
    expect(contextMenuEntries(facts({ selectionText: 'a quote', editFlags: { ...noFlags, canCopy: true } }))).toEqual([
      { label: 'Search for “a quote”', action: { kind: 'app-command', command: 'search-selection', text: 'a quote' } },
      { type: 'separator' },
      { role: 'copy' },
    ]);
  });

  it('offers Quote, Search and Copy for a selection in the reader’s article', () => {
    const selection = 'We are ready to   discuss it, but there has been no answer from the other side so far';
    const entries = contextMenuEntries(facts({ selectionText: selection, frameURL: 'about:srcdoc', editFlags: { ...noFlags, canCopy: true } }));
    expect(entries).toEqual([
      { label: 'Quote', action: { kind: 'app-command', command: 'quote-selection', text: selection } },
      { label: 'Search for “We are ready to discuss it, b…”', action: { kind: 'app-command', command: 'search-selection', text: selection } },
      { type: 'separator' },
      { role: 'copy' },
    ]);
  });

  it('offers the edit actions the field allows, grouped', () => {
    const entries = contextMenuEntries(
      facts({ isEditable: true, editFlags: { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true } }),
    );
    expect(entries).toEqual([
      { role: 'undo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ]);
  });

  it('puts at most five spelling suggestions first, and a way to teach the word', () => {
    const entries = contextMenuEntries(
      facts({ isEditable: true, misspelledWord: 'treety', dictionarySuggestions: ['treaty', 'treat', 'tweety', 'street', 'treetop', 'three'], editFlags: { ...noFlags, canPaste: true } }),
    );
    expect(entries.slice(0, 6)).toEqual([
      { label: 'treaty', action: { kind: 'replace-misspelling', word: 'treaty' } },
      { label: 'treat', action: { kind: 'replace-misspelling', word: 'treat' } },
      { label: 'tweety', action: { kind: 'replace-misspelling', word: 'tweety' } },
      { label: 'street', action: { kind: 'replace-misspelling', word: 'street' } },
      { label: 'treetop', action: { kind: 'replace-misspelling', word: 'treetop' } },
      { label: 'Add “treety” to Dictionary', action: { kind: 'add-to-dictionary', word: 'treety' } },
    ]);
    expect(entries.slice(6)).toEqual([{ type: 'separator' }, { role: 'paste' }]);
  });

  it('opens web links in the browser, and ignores other link schemes', () => {
    expect(contextMenuEntries(facts({ linkURL: 'https://example.com/a' }))).toEqual([
      { label: 'Open Link in Browser', action: { kind: 'open-link', url: 'https://example.com/a' } },
      { label: 'Copy Link Address', action: { kind: 'copy-link', url: 'https://example.com/a' } },
    ]);
    expect(contextMenuEntries(facts({ linkURL: 'javascript:alert(1)' }))).toEqual([]);
    expect(contextMenuEntries(facts({ linkURL: 'file:///etc/passwd' }))).toEqual([]);
  });

  it('wires actions to clicks and keeps roles as roles', () => {
    const performed: ContextAction[] = [];
    const template = toElectronContextMenu(contextMenuEntries(facts({ linkURL: 'https://example.com/', selectionText: 'x', editFlags: { ...noFlags, canCopy: true } })), (action) => performed.push(action));
    for (const item of template) item.click?.({} as never, undefined, {} as never);
    expect(performed).toEqual([
      { kind: 'open-link', url: 'https://example.com/' },
      { kind: 'copy-link', url: 'https://example.com/' },
      { kind: 'app-command', command: 'search-selection', text: 'x' },
    ]);
    expect(template.at(-1)).toEqual({ role: 'copy' });
  });
});
