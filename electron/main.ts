/**
 * The Electron transport: wires the services to IPC and applies the window
 * rules of security.ts. The order below matters and is asserted by main.test.ts.
 */
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { SHELL_CHANNELS } from '../shared/shell';
import type { AppCommand, ShellOutcome } from '../shared/shell';
import { createAppProtocolHandler } from './app-protocol';
import { contextMenuEntries, toElectronContextMenu } from './context-menu';
import type { ContextAction } from './context-menu';
import { applicationMenu, toElectronTemplate } from './menu';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  decideWindowOpen,
  decidePermissionCheck,
  decidePermissionRequest,
  isAppUrl,
  mainWindowOptions,
  shouldBlockFrameNavigation,
  shouldBlockNavigation,
} from './security';
import { describeApp } from './services/app-info';
import { createBackupStore } from './services/backups';
import { createShellServices, dispatch } from './services/handlers';
import { createOpenedFiles, quirePathsIn } from './services/opened-files';
import { asPdfWindow } from './services/print-pdf';
import type { SaveDialogOptions, SaveDialogResult } from './services/save-file';
import { loadWindowState, saveWindowState } from './services/window-state';

// Both must happen before 'ready': the scheme's origin holds the IndexedDB library,
// and the pinned folder keeps it there even if the product is renamed.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.setPath('userData', path.join(app.getPath('appData'), 'Quire'));
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
/** .quire files opened with Quire wait here until the UI takes them (backup:take-opened); 2 GB, as the import allows. */
const openedFiles = createOpenedFiles({ maxBytes: 2 * 1024 ** 3 });

/** Keeps an opened backup and tells the UI, which asks for it (at start it asks anyway). */
function openBackups(paths: readonly string[]): void {
  for (const filePath of paths) {
    void openedFiles.offer(filePath).then((kept) => {
      if (kept) mainWindow?.webContents.send('app:command', { command: 'open-backup' });
    });
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS hands opened files over as events, possibly before 'ready'; Windows and Linux in argv.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openBackups([filePath]);
  });
  openBackups(quirePathsIn(process.argv));
  app.on('second-instance', (_event, argv) => {
    openBackups(quirePathsIn(argv));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  void app.whenReady().then(onReady);
}

function onReady(): void {
  session.defaultSession.setPermissionRequestHandler(decidePermissionRequest);
  session.defaultSession.setPermissionCheckHandler(decidePermissionCheck);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist', 'renderer')));
  registerShellHandlers();
  const template = applicationMenu({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(template, sendCommand)));
  mainWindow = createMainWindow();
}

function registerShellHandlers(): void {
  const services = createShellServices({
    appInfo: () =>
      describeApp({ shell: 'desktop', version: app.getVersion(), platform: process.platform, runtimeVersions: process.versions }),
    saveFile: { showSaveDialog, defaultDirectory: app.getPath('downloads') },
    printPdf: {
      showSaveDialog,
      defaultDirectory: app.getPath('documents'),
      createWindow: (options) => asPdfWindow(new BrowserWindow(options)),
    },
    backups: createBackupStore({ dir: path.join(app.getPath('userData'), 'backups') }),
    openedFiles,
  });
  for (const channel of SHELL_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, rawArgs: unknown): Promise<ShellOutcome<unknown>> => {
      // Only the app's own page may call; a frame holding a clip, or anything navigated in, may not.
      if (!isAppUrl(event.senderFrame?.url ?? '')) {
        return Promise.resolve({ ok: false, error: { code: 'unauthorized', message: 'This page may not call Quire.' } });
      }
      return dispatch(services, channel, rawArgs);
    });
  }
}

function createMainWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((display) => display.workArea));
  const preload = path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
  const window = new BrowserWindow(mainWindowOptions(preload, state));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window's size is not worth stopping the user from closing it.
      console.error('[quire] could not save the window state:', error);
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Sheets on the window the user is in (on macOS), a plain dialog when no window has focus. */
function showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogResult> {
  const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
}

function sendCommand(command: AppCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send('app:command', { command });
}

/** Every web contents, including ones Quire did not mean to create, gets the same rules. */
function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (shouldBlockNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame ? shouldBlockNavigation(event.url) : shouldBlockFrameNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && shouldBlockFrameNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('context-menu', (_event, params) => {
    const entries = contextMenuEntries(params);
    if (entries.length === 0) return;
    const menu = Menu.buildFromTemplate(toElectronContextMenu(entries, (action) => performContextAction(contents, action)));
    menu.popup({ window: BrowserWindow.fromWebContents(contents) ?? undefined });
  });
}

function performContextAction(contents: WebContents, action: ContextAction): void {
  switch (action.kind) {
    case 'replace-misspelling':
      contents.replaceMisspelling(action.word);
      break;
    case 'add-to-dictionary':
      contents.session.addWordToSpellCheckerDictionary(action.word);
      break;
    case 'open-link':
      void shell.openExternal(action.url);
      break;
    case 'copy-link':
      void clipboard.writeText(action.url);
      break;
    case 'app-command':
      contents.send('app:command', { command: action.command, text: action.text });
      break;
  }
}
