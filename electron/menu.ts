import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/shell';

/** A menu item as plain data: either a command the UI carries out, or one of Electron's built-in roles. */
export type MenuEntry =
  | { label: string; command: AppCommand; accelerator: string }
  | { role: NonNullable<MenuItemConstructorOptions['role']>; label?: string; accelerator?: string }
  | { type: 'separator' };

export type MenuSection = { label: string; role?: 'appMenu' | 'windowMenu' | 'help'; submenu: MenuEntry[] };

export type MenuContext = { isMac: boolean; isPackaged: boolean };

const separator: MenuEntry = { type: 'separator' };
const settings: MenuEntry = { label: 'Settings…', command: 'settings', accelerator: 'CmdOrCtrl+,' };

export function applicationMenu({ isMac, isPackaged }: MenuContext): MenuSection[] {
  const appMenu: MenuSection = {
    label: 'Quire',
    role: 'appMenu',
    submenu: [{ role: 'about' }, separator, settings, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const file: MenuSection = {
    label: 'File',
    submenu: [
      { label: 'New Note', command: 'new-note', accelerator: 'CmdOrCtrl+N' },
      { label: 'Clip URL…', command: 'clip-url', accelerator: 'CmdOrCtrl+L' },
      { label: 'Import Files…', command: 'import-files', accelerator: 'CmdOrCtrl+O' },
      separator,
      { label: 'Export…', command: 'export', accelerator: 'CmdOrCtrl+E' },
      ...(isMac ? [] : [separator, settings, separator, { role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const edit: MenuSection = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'pasteAndMatchStyle' }, { role: 'delete' }, separator, { role: 'selectAll' }],
  };
  // Reloading would drop unsaved editor state and DevTools is a developer's tool: neither ships.
  const developer: MenuEntry[] = isPackaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuSection = {
    label: 'View',
    submenu: [
      { label: 'Find…', command: 'find', accelerator: 'CmdOrCtrl+F' },
      separator,
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuSection = {
    label: 'Window',
    role: 'windowMenu',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuSection = { label: 'Help', role: 'help', submenu: [{ role: 'about', label: 'About Quire' }] };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

/** Turns the plain template into Electron's, wiring each command to whatever tells the UI. */
export function toElectronTemplate(
  sections: readonly MenuSection[],
  sendCommand: (command: AppCommand) => void,
): MenuItemConstructorOptions[] {
  const item = (entry: MenuEntry): MenuItemConstructorOptions =>
    'command' in entry
      ? { label: entry.label, accelerator: entry.accelerator, click: () => sendCommand(entry.command) }
      : { ...entry };
  return sections.map(({ label, role, submenu }) => ({ label, ...(role ? { role } : {}), submenu: submenu.map(item) }));
}
