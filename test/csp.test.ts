import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/security';

const indexHtml = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');

describe('the page CSP in renderer/index.html', () => {
  it('is the shell’s CSP (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(expected);
  });

  it('has the token placeholder the web service fills in', () => {
    expect(indexHtml).toContain('<meta name="quire-token" content="" />');
  });
});
