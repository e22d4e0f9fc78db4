/**
 * The boot test: main.ts loaded in Node against a recording stand-in for the
 * `electron` module, which cannot run here. Only the platform boundary is
 * stood in for; the services, the protocol handler and the files are real.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../shared/shell';
import type { ShellOutcome } from '../shared/shell';
import { APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, secureWebPreferences } from './security';

type Listener = (...args: unknown[]) => unknown;
type MenuItem = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: MenuItem[] };

function createElectronStandIn(root: string, { lockObtained = true } = {}) {
  const log: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const permission: { request?: Listener; check?: Listener } = {};
  const openedExternally: string[] = [];
  const windows: FakeWindow[] = [];
  const paths: Record<string, string> = { appData: path.join(root, 'config'), userData: path.join(root, 'config', 'quire-default') };
  let markReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  let applicationMenu: MenuItem[] = [];
  let focused: FakeWindow | null = null;
  const saveDialogs: unknown[][] = [];
  const popups: { template: MenuItem[]; options: unknown }[] = [];
  const clipboardTexts: string[] = [];
  let saveDialogAnswer: { canceled: boolean; filePath?: string } = { canceled: true };

  class FakeWindow {
    readonly listeners = new Map<string, Listener>();
    readonly sent: [string, unknown][] = [];
    readonly webContents = {
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
      printToPDF: () => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 of ${this.loadedUrl.slice(0, 40)}`)),
    };
    loadedUrl = '';
    minimized = false;
    state: string[] = [];
    constructor(readonly options: { webPreferences?: unknown; width?: number; height?: number }) {
      log.push('new BrowserWindow');
      windows.push(this);
    }
    once(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    maximize = () => this.state.push('maximize');
    show = () => this.state.push('show');
    focus = () => this.state.push('focus');
    restore = () => this.state.push('restore');
    destroy = () => this.state.push('destroy');
    isMinimized = () => this.minimized;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    static getAllWindows = () => windows;
    static getFocusedWindow = () => focused;
    static fromWebContents = () => windows[0] ?? null;
  }

  const module = {
    app: {
      getPath: (name: string) => paths[name] ?? path.join(root, name),
      setPath: (name: string, value: string) => {
        log.push(`app.setPath ${name}`);
        paths[name] = value;
      },
      getAppPath: () => path.join(root, 'app'),
      getVersion: () => '0.1.0',
      isPackaged: false,
      enableSandbox: () => log.push('app.enableSandbox'),
      requestSingleInstanceLock: () => (log.push('app.requestSingleInstanceLock'), lockObtained),
      quit: () => log.push('app.quit'),
      on: (name: string, listener: Listener) => appListeners.set(name, listener),
      whenReady: () => (log.push('app.whenReady'), readyPromise),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(`protocol.registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        log.push(`ipcMain.handle ${channel}`);
        ipcHandlers.set(channel, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (permission.request = handler),
        setPermissionCheckHandler: (handler: Listener) => (permission.check = handler),
      },
    },
    shell: { openExternal: (url: string) => (openedExternally.push(url), Promise.resolve()) },
    dialog: {
      showSaveDialog: (...args: unknown[]) => (saveDialogs.push(args), Promise.resolve(saveDialogAnswer)),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    clipboard: { writeText: (text: string) => clipboardTexts.push(text) },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) =>
        Object.assign([...template], { popup: (options: unknown) => popups.push({ template, options }) }),
      setApplicationMenu: (menu: MenuItem[]) => (applicationMenu = menu),
    },
    BrowserWindow: FakeWindow,
  };

  return {
    module,
    log,
    appListeners,
    ipcHandlers,
    protocolHandlers,
    permission,
    openedExternally,
    windows,
    paths,
    menu: () => applicationMenu,
    saveDialogs,
    popups,
    clipboardTexts,
    answerSaveDialog: (answer: typeof saveDialogAnswer) => (saveDialogAnswer = answer),
    focus: (window: FakeWindow | null) => (focused = window),
    /** Resolves whenReady and lets main's continuation run. */
    ready: async () => {
      log.push('ready');
      markReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

type StandIn = ReturnType<typeof createElectronStandIn>;

let root: string;
let electron: StandIn;

async function boot(options?: { lockObtained?: boolean }): Promise<StandIn> {
  electron = createElectronStandIn(root, options);
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  await import('./main');
  return electron;
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpen: Listener = () => undefined;
  return {
    listeners,
    windowOpen: (details: { url: string }) => windowOpen(details),
    setWindowOpenHandler: (handler: Listener) => (windowOpen = handler),
    on: (name: string, listener: Listener) => listeners.set(name, listener),
  };
}

function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, prevented: false, preventDefault() { this.prevented = true; } };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'quire-main-'));
  mkdirSync(path.join(root, 'app', 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(root, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Quire</title>');
});
afterEach(() => {
  vi.doUnmock('electron');
  rmSync(root, { recursive: true, force: true });
});

describe('main.ts before ready', () => {
  it('registers the privileged scheme, pins userData and takes the lock, all before ready', async () => {
    const { log, paths } = await boot();
    const registered = `protocol.registerSchemesAsPrivileged ${JSON.stringify([{ scheme: 'quire', privileges: APP_SCHEME_PRIVILEGES }])}`;
    expect(log).toEqual([registered, 'app.setPath userData', 'app.enableSandbox', 'app.requestSingleInstanceLock', 'app.whenReady']);
    expect(paths.userData).toBe(path.join(root, 'config', 'Quire'));
  });

  it('quits at once when another instance holds the lock', async () => {
    const { log, ipcHandlers, appListeners } = await boot({ lockObtained: false });
    expect(log.at(-1)).toBe('app.quit');
    expect(log).not.toContain('app.whenReady');
    expect(ipcHandlers.size).toBe(0);
    expect(appListeners.size).toBe(0);
  });
});

describe('main.ts once ready', () => {
  beforeEach(async () => {
    await boot();
    await electron.ready();
  });

  it('gives every contract verb an IPC handler, after ready', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...SHELL_CHANNELS].sort());
    expect(electron.log.indexOf('ready')).toBeLessThan(electron.log.indexOf(`ipcMain.handle ${SHELL_CHANNELS[0]}`));
  });

  it('answers a call from the app page through the real services and validation', async () => {
    const fromApp = { senderFrame: { url: 'quire://app/index.html' } };
    const info = (await electron.ipcHandlers.get('app:info')!(fromApp, {})) as ShellOutcome<{ shell: string; version: string }>;
    expect(info).toMatchObject({ ok: true, value: { name: 'Quire', shell: 'desktop', version: '0.1.0' } });
    expect(await electron.ipcHandlers.get('page:fetch')!(fromApp, { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
  });

  it('refuses a page:fetch to this computer unless the call says the user confirmed it', async () => {
    const fromApp = { senderFrame: { url: 'quire://app/index.html' } };
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('local service'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const fetchPage = electron.ipcHandlers.get('page:fetch')!;
      expect(await fetchPage(fromApp, { url })).toMatchObject({ ok: false, error: { code: 'local-address' } });
      expect(await fetchPage(fromApp, { url, allowLocal: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
      const confirmed = (await fetchPage(fromApp, { url, allowLocal: true })) as ShellOutcome<{ bytes: Uint8Array }>;
      expect(confirmed.ok && new TextDecoder().decode(confirmed.value.bytes)).toBe('local service');
    } finally {
      server.close();
    }
  });

  it('refuses calls from any page that is not the app', async () => {
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'about:srcdoc' }, null]) {
      expect(await electron.ipcHandlers.get('app:info')!({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
  });

  it('saves a file only where the save dialog said, on the focused window', async () => {
    const fromApp = { senderFrame: { url: 'quire://app/index.html' } };
    const target = path.join(root, 'chosen', 'notes.md');
    mkdirSync(path.dirname(target));
    electron.answerSaveDialog({ canceled: false, filePath: target });
    electron.focus(electron.windows[0]!);
    const bytes = new TextEncoder().encode('# Notes');
    const outcome = await electron.ipcHandlers.get('file:save')!(fromApp, { suggestedName: 'notes.md', filters: [{ name: 'Markdown', extensions: ['md'] }], bytes });
    expect(outcome).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target, 'utf8')).toBe('# Notes');
    const [parent, options] = electron.saveDialogs[0]!;
    expect(parent).toBe(electron.windows[0]);
    expect(options).toMatchObject({ defaultPath: path.join(root, 'downloads', 'notes.md') });
  });

  it('prints a report to PDF in a hidden, script-less window that is destroyed afterwards', async () => {
    const fromApp = { senderFrame: { url: 'quire://app/index.html' } };
    const target = path.join(root, 'dossier.pdf');
    electron.answerSaveDialog({ canceled: false, filePath: target });
    const outcome = await electron.ipcHandlers.get('report:pdf')!(fromApp, { html: '<h1>Dossier</h1>', suggestedName: 'dossier' });
    expect(outcome).toEqual({ ok: true, value: { saved: true, path: target } });
    const pdfWindow = electron.windows[1]!;
    expect(pdfWindow.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } });
    expect(pdfWindow.state).toEqual(['destroy']);
    expect(readFileSync(target, 'utf8')).toMatch(/^%PDF-1\.7 of data:text\/html/);
  });

  it('keeps backups in the pinned userData folder', async () => {
    const fromApp = { senderFrame: { url: 'quire://app/index.html' } };
    const saved = (await electron.ipcHandlers.get('backup:save')!(fromApp, { bytes: new Uint8Array([1, 2, 3]), reason: 'manual' })) as ShellOutcome<{ name: string }>;
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(existsSync(path.join(root, 'config', 'Quire', 'backups', saved.value.name))).toBe(true);
  });

  it('serves the renderer on quire://app with the CSP', async () => {
    const handler = electron.protocolHandlers.get('quire')!;
    const response = await handler(new Request('quire://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request('quire://app/..%2f..%2fpackage.json'))).status).toBe(404);
  });

  it('opens one window with the secure options, on the app URL', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window!.options.webPreferences).toEqual(secureWebPreferences(path.join(root, 'app', 'dist', 'electron', 'preload.cjs')));
    expect(window!.loadedUrl).toBe('quire://app/index.html');
    window!.listeners.get('ready-to-show')!();
    expect(window!.state).toEqual(['show']);
  });

  it('remembers the window’s bounds in userData when it closes', () => {
    electron.windows[0]!.listeners.get('close')!();
    const saved = JSON.parse(readFileSync(path.join(root, 'config', 'Quire', 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });

  it('denies every permission but clipboard writes from the app itself', () => {
    const callback = vi.fn();
    electron.permission.request!({}, 'media', callback, { requestingUrl: 'quire://app/index.html' });
    electron.permission.request!({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'quire://app/index.html' });
    expect(callback.mock.calls).toEqual([[false], [true]]);
    expect(electron.permission.check!({}, 'clipboard-read', 'quire://app')).toBe(false);
  });

  it('guards every web contents: new windows, navigation, redirects, webviews', () => {
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')!({}, contents);

    expect(contents.windowOpen({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.openedExternally).toEqual(['https://example.com/a']);

    for (const name of ['will-navigate', 'will-redirect']) {
      const away = navigationEvent('https://example.com/');
      contents.listeners.get(name)!(away);
      expect(away.prevented, name).toBe(true);
      const inside = navigationEvent('quire://app/index.html');
      contents.listeners.get(name)!(inside);
      expect(inside.prevented, name).toBe(false);
    }

    const frameAway = navigationEvent('https://example.com/', false);
    contents.listeners.get('will-frame-navigate')!(frameAway);
    expect(frameAway.prevented).toBe(true);
    const srcdoc = navigationEvent('about:srcdoc', false);
    contents.listeners.get('will-frame-navigate')!(srcdoc);
    expect(srcdoc.prevented).toBe(false);

    const webview = navigationEvent('');
    contents.listeners.get('will-attach-webview')!(webview);
    expect(webview.prevented).toBe(true);
  });

  it('shows a context menu whose link items open the browser or copy the address', () => {
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')!({}, contents);
    const params = {
      isEditable: false,
      selectionText: '',
      linkURL: 'https://example.com/source',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canSelectAll: false },
    };
    contents.listeners.get('context-menu')!({}, params);
    const [popup] = electron.popups;
    expect(popup!.options).toEqual({ window: electron.windows[0] });
    for (const item of popup!.template) item.click!();
    expect(electron.openedExternally).toEqual(['https://example.com/source']);
    expect(electron.clipboardTexts).toEqual(['https://example.com/source']);

    contents.listeners.get('context-menu')!({}, { ...params, linkURL: '' });
    expect(electron.popups).toHaveLength(1);
  });

  it('installs the menu, whose commands reach the focused window as app:command', () => {
    const file = electron.menu().find((section) => section.label === 'File')!;
    const newNote = file.submenu!.find((item) => item.label === 'New Note')!;
    expect(newNote.accelerator).toBe('CmdOrCtrl+N');
    const view = electron.menu().find((section) => section.label === 'View')!;
    expect(view.submenu!.map((item) => item.role)).toContain('toggleDevTools');

    electron.focus(electron.windows[0]!);
    newNote.click!();
    expect(electron.windows[0]!.sent).toEqual([['app:command', { command: 'new-note' }]]);
  });

  it('restores and focuses the existing window when a second instance starts', () => {
    const [window] = electron.windows;
    window!.minimized = true;
    electron.appListeners.get('second-instance')!({}, ['/opt/Quire/quire']);
    expect(window!.state).toEqual(['restore', 'show', 'focus']);
    expect(electron.windows).toHaveLength(1);
  });

  it('takes a .quire file opened from the OS and hands it to the UI once', async () => {
    const [window] = electron.windows;
    const backup = path.join(root, 'Library.quire');
    writeFileSync(backup, Uint8Array.from([80, 75, 3, 4]));
    electron.appListeners.get('second-instance')!({}, ['/opt/Quire/quire', '--flag', backup]);
    await vi.waitFor(() => expect(window!.sent).toContainEqual(['app:command', { command: 'open-backup' }]));
    const fromApp = { senderFrame: { url: 'quire://app/index.html' } };
    expect(await electron.ipcHandlers.get('backup:take-opened')!(fromApp, {})).toEqual({
      ok: true,
      value: { name: 'Library.quire', bytes: Uint8Array.from([80, 75, 3, 4]) },
    });
    expect(await electron.ipcHandlers.get('backup:take-opened')!(fromApp, {})).toEqual({ ok: true, value: null });
  });

  it('keeps no window-state file until a window closes', () => {
    expect(existsSync(path.join(root, 'config', 'Quire', 'window-state.json'))).toBe(false);
  });
});

describe('the built main file', () => {
  it('is CommonJS that requires only electron and Node built-ins, everything else bundled', { timeout: 60_000 }, async () => {
    const { build } = await import('esbuild');
    const { targets } = await import('../build/esbuild.mjs');
    const result = await build({ ...targets.main, write: false, metafile: true, sourcemap: false });
    const [output] = Object.values(result.metafile.outputs);
    const external = output!.imports.filter((imported) => imported.external).map((imported) => imported.path);
    expect(external).toContain('electron');
    expect(external.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/^\s*(import|export)\s/m);
  });
});
