import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  decidePermissionCheck,
  decidePermissionRequest,
  isAppUrl,
  mainWindowOptions,
  secureWebPreferences,
  shouldBlockFrameNavigation,
  shouldBlockNavigation,
} from './security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('window options', () => {
  it('isolate and sandbox the page, with no Node, no webview and web security on', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
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
    });
  });

  it('carry those preferences into every main window', () => {
    const options = mainWindowOptions('/p.cjs', { width: 1000, height: 700, x: 5, y: 6 });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options).toMatchObject({ width: 1000, height: 700, x: 5, y: 6, show: false });
  });
});

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts and styles only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('lets clipped images and frames come from blobs, and nothing from the network', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(policy.get('frame-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });
});

describe('navigation rules', () => {
  it('recognise only the app origin as the app', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('quire://app/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('quire://app.evil.com/index.html')).toBe(false);
    expect(isAppUrl('quire://app@evil/index.html')).toBe(false);
    expect(isAppUrl('quire://other/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///work/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('block navigation anywhere but the app', () => {
    expect(shouldBlockNavigation('quire://app/index.html#/notes')).toBe(false);
    expect(shouldBlockNavigation('https://example.com/')).toBe(true);
    expect(shouldBlockNavigation('file:///etc/passwd')).toBe(true);
    expect(shouldBlockNavigation('javascript:alert(1)')).toBe(true);
  });

  it('let inner frames hold only app documents, srcdoc and app blobs', () => {
    expect(shouldBlockFrameNavigation('about:srcdoc')).toBe(false);
    expect(shouldBlockFrameNavigation('blob:quire://app/8f0c2a8e-0000-4000-8000-000000000000')).toBe(false);
    expect(shouldBlockFrameNavigation('quire://app/reader.html')).toBe(false);
    expect(shouldBlockFrameNavigation('https://example.com/article')).toBe(true);
    expect(shouldBlockFrameNavigation('blob:https://example.com/8f0c2a8e')).toBe(true);
    expect(shouldBlockFrameNavigation('data:text/html,<script>1</script>')).toBe(true);
  });

  it('deny every new window, sending only web links to the system browser', () => {
    expect(decideWindowOpen('https://example.com/a')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('http://example.com/a')).toEqual({ action: 'deny', openExternally: true });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'quire://app/index.html', 'mailto:a@b.c', '']) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternally: false });
    }
  });
});

describe('the app scheme', () => {
  it('is privileged as a standard, secure origin with fetch, streams and code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true });
  });
});

describe('permissions', () => {
  it('are refused, whoever asks', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      decidePermissionRequest({}, permission, callback, { requestingUrl: 'quire://app/index.html' });
    }
    expect(callback.mock.calls).toEqual(Array.from({ length: 5 }, () => [false]));
    expect(decidePermissionCheck({}, 'clipboard-read', 'quire://app')).toBe(false);
  });

  it('except writing to the clipboard, for the app’s own pages only', () => {
    const callback = vi.fn();
    decidePermissionRequest({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'quire://app/index.html' });
    decidePermissionRequest({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
    decidePermissionRequest({}, 'clipboard-sanitized-write', callback);
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);
    expect(decidePermissionCheck({}, 'clipboard-sanitized-write', 'quire://app')).toBe(true);
    expect(decidePermissionCheck({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});
