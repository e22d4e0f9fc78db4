import type { MenuItemConstructorOptions } from 'electron';
import { isWebUrl } from './security';

/** The part of Electron's ContextMenuParams the menu depends on. */
export type ContextMenuFacts = {
  isEditable: boolean;
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
  | { kind: 'copy-link'; url: string };

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

export function toElectronContextMenu(
  entries: readonly ContextEntry[],
  perform: (action: ContextAction) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry) => ('action' in entry ? { label: entry.label, click: () => perform(entry.action) } : { ...entry }));
}
