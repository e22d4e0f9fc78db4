import type { MenuItemConstructorOptions } from 'electron';
import { isWebUrl } from './security';

/** The part of Electron's ContextMenuParams the menu depends on. */
export type ContextMenuFacts = {
  isEditable: boolean;
  /** The frame the menu was opened in; the reader shows an article in an about:srcdoc frame. */
  frameURL?: string;
  selectionText: string;
  linkURL: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canUndo: boolean; canRedo: boolean; canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
};

export type ContextAction =
  | { kind: 'replace-misspelling'; word: string }
  | { kind: 'add-to-dictionary'; word: string }
  | { kind: 'open-link'; url: string }
  | { kind: 'copy-link'; url: string }
  | { kind: 'app-command'; command: 'quote-selection' | 'search-selection'; text: string };

export type ContextEntry =
  | { role: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' }
  | { label: string; action: ContextAction }
  | { type: 'separator' };

const MAX_SUGGESTIONS = 5;

/**
 * Electron shows no context menu of its own: without this, spelling suggestions
 * and copy and paste by mouse would be unreachable. Plain data, so it is tested.
 */
export function contextMenuEntries(facts: ContextMenuFacts): ContextEntry[] {
  const groups: ContextEntry[][] = [];
  if (facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    groups.push([
      ...suggestions.map((word): ContextEntry => ({ label: word, action: { kind: 'replace-misspelling', word } })),
      { label: `Add “${facts.misspelledWord}” to Dictionary`, action: { kind: 'add-to-dictionary', word: facts.misspelledWord } },
    ]);
  }
  if (isWebUrl(facts.linkURL)) {
    groups.push([
      { label: 'Open Link in Browser', action: { kind: 'open-link', url: facts.linkURL } },
      { label: 'Copy Link Address', action: { kind: 'copy-link', url: facts.linkURL } },
    ]);
  }
  const selection = facts.selectionText.trim();
  if (!facts.isEditable && selection !== '') {
    const inReader = facts.frameURL === 'about:srcdoc';
    groups.push([
      ...(inReader ? [{ label: 'Quote', action: { kind: 'app-command', command: 'quote-selection', text: selection } } as const] : []),
      { label: `Search for “${ellipsis(selection)}”`, action: { kind: 'app-command', command: 'search-selection', text: selection } },
    ]);
  }
  const flags = facts.editFlags;
  if (facts.isEditable) {
    const history: ContextEntry[] = [];
    if (flags.canUndo) history.push({ role: 'undo' });
    if (flags.canRedo) history.push({ role: 'redo' });
    groups.push(history);
    const clipboard: ContextEntry[] = [];
    if (flags.canCut) clipboard.push({ role: 'cut' });
    if (flags.canCopy) clipboard.push({ role: 'copy' });
    if (flags.canPaste) clipboard.push({ role: 'paste' });
    groups.push(clipboard);
    if (flags.canSelectAll) groups.push([{ role: 'selectAll' }]);
  } else if (facts.selectionText.trim() !== '' && flags.canCopy) {
    groups.push([{ role: 'copy' }]);
  }
  return groups
    .filter((group) => group.length > 0)
    .flatMap((group, index) => (index === 0 ? group : [{ type: 'separator' } as const, ...group]));
}

function ellipsis(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 30 ? `${line.slice(0, 29)}…` : line;
}

export function toElectronContextMenu(
  entries: readonly ContextEntry[],
  perform: (action: ContextAction) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry) => ('action' in entry ? { label: entry.label, click: () => perform(entry.action) } : { ...entry }));
}
