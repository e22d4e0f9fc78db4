import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../shared/shell';
import type { AppCommand } from '../shared/shell';
import { applicationMenu, toElectronTemplate } from './menu';
import type { MenuEntry, MenuSection } from './menu';

const entries = (sections: MenuSection[]): MenuEntry[] => sections.flatMap((section) => section.submenu);
const commands = (sections: MenuSection[]) =>
  Object.fromEntries(entries(sections).flatMap((entry) => ('command' in entry ? [[entry.command, entry]] : [])));
const roles = (sections: MenuSection[]) => entries(sections).flatMap((entry) => ('role' in entry ? [entry.role] : []));

describe('application menu', () => {
  for (const isMac of [false, true]) {
    const menu = applicationMenu({ isMac, isPackaged: true });
    const platform = isMac ? 'macOS' : 'Windows and Linux';

    it(`offers every app command once, with its shortcut, on ${platform}`, () => {
      expect(commands(menu)).toEqual({
        'new-note': { label: 'New Note', command: 'new-note', accelerator: 'CmdOrCtrl+N' },
        'clip-url': { label: 'Clip URL…', command: 'clip-url', accelerator: 'CmdOrCtrl+L' },
        'import-files': { label: 'Import Files…', command: 'import-files', accelerator: 'CmdOrCtrl+O' },
        export: { label: 'Export…', command: 'export', accelerator: 'CmdOrCtrl+E' },
        find: { label: 'Find…', command: 'find', accelerator: 'CmdOrCtrl+F' },
        settings: { label: 'Settings…', command: 'settings', accelerator: 'CmdOrCtrl+,' },
      });
      // Quote and Search for selection act on a selection (the context menu has them); open-backup comes from the OS.
      expect(Object.keys(commands(menu)).sort()).toEqual(APP_COMMANDS.filter((c) => !c.endsWith('-selection') && c !== 'open-backup').sort());
      const used = entries(menu).flatMap((entry) => ('accelerator' in entry && entry.accelerator ? [entry.accelerator] : []));
      expect(new Set(used).size).toBe(used.length);
    });

    it(`has the standard edit roles and a quit on ${platform}`, () => {
      expect(roles(menu)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
    });
  }

  it('places File, Edit, View, Window and Help, with the app menu first on macOS', () => {
    expect(applicationMenu({ isMac: false, isPackaged: true }).map((s) => s.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(applicationMenu({ isMac: true, isPackaged: true }).map((s) => s.label)).toEqual(['Quire', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('shows Reload and DevTools only in development', () => {
    const developer = ['reload', 'forceReload', 'toggleDevTools'];
    expect(roles(applicationMenu({ isMac: false, isPackaged: false }))).toEqual(expect.arrayContaining(developer));
    for (const isMac of [false, true]) {
      expect(roles(applicationMenu({ isMac, isPackaged: true })).filter((role) => developer.includes(role))).toEqual([]);
    }
  });

  it('becomes an Electron template whose items send their command', () => {
    const sent: AppCommand[] = [];
    const template = toElectronTemplate(applicationMenu({ isMac: false, isPackaged: true }), (command) => sent.push(command));
    const clickable = template.flatMap((section) => (Array.isArray(section.submenu) ? section.submenu : [])).filter((item) => item.click);
    for (const item of clickable) item.click!({} as never, undefined, {} as never);
    expect(sent).toEqual(['new-note', 'clip-url', 'import-files', 'export', 'settings', 'find']);
    expect(template.find((section) => section.label === 'Help')?.role).toBe('help');
  });
});
