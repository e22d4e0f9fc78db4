/**
 * Everything that decides what an app window may do, as plain data and pure
 * functions, so that the rules are asserted in tests rather than trusted.
 * main.ts applies them; serve.ts sends the same CSP to the browser.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The app's own origin. IndexedDB belongs to it, so it never changes:
 * a different scheme or host would show every user an empty library.
 */
export const APP_SCHEME = 'quire';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Standard and secure give the scheme an origin with IndexedDB and fetch; set before ready, never changed. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
} as const;

/**
 * The UI styles through CSS files and element.style (CSSOM, which CSP allows),
 * so styles need no 'unsafe-inline'. Clipped articles are shown in sandboxed
 * frames from srcdoc or blob: URLs, and their images are blobs from the library.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

export type WindowBounds = { x?: number; y?: number; width: number; height: number };

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Quire',
    // Shown once the first paint is ready, so the user never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username;
}

export function isWebUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** No window ever opens inside Quire; a web link goes to the system browser, anything else nowhere. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isWebUrl(url) };
}

export function shouldBlockNavigation(url: string): boolean {
  return !isAppUrl(url);
}

/**
 * Frames inside the app (the reader shows a clip in a sandboxed srcdoc or blob
 * frame) may hold those documents, never a live page from the web.
 */
export function shouldBlockFrameNavigation(url: string): boolean {
  if (url === 'about:srcdoc' || url === 'about:blank') return false;
  if (url.startsWith('blob:')) return !isAppUrl(url.slice('blob:'.length));
  return !isAppUrl(url);
}

/**
 * Quire needs no camera, location, notifications or anything else a page can
 * ask for. The one exception: the app's own pages may write to the clipboard
 * (Copy citation, Copy as rich text); reading it is still refused.
 */
const GRANTED_TO_APP = new Set(['clipboard-sanitized-write']);

export function decidePermissionRequest(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: { requestingUrl?: string },
): void {
  callback(GRANTED_TO_APP.has(permission) && isAppUrl(details?.requestingUrl ?? ''));
}

export function decidePermissionCheck(_webContents: unknown, permission: string, requestingOrigin: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingOrigin);
}
