import { readFile } from 'node:fs/promises';
import { mimeTypeOf, resolveRendererFile } from './http/static-files';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security';

/**
 * Serves `quire://app/...` from the built renderer: the desktop app's origin.
 * Written against the Fetch API's Request and Response, which is what
 * `protocol.handle` speaks, so it runs and is tested in plain Node.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const file = await resolveRendererFile(rendererDir, url.pathname);
    if (file === null) return notFound();
    const type = mimeTypeOf(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers });
  };
}

function notFound(): Response {
  return new Response('Not found.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
