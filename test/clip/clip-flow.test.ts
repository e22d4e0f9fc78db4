import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../electron/services/page-fetch';
import { createNodeClipDeps } from '../cli/node-dom';
import { listClips } from '../../renderer/db/clips';
import { freshLibrary } from '../../renderer/db/testing';
import type { Shell } from '../../renderer/shell';
import { bookmarkDraft } from '../../renderer/features/clip-actions/bookmark';
import { clipSource, storeDraft } from '../../renderer/features/clip-actions/clip-flow';
import type { ClipContext } from '../../renderer/features/clip-actions/clip-flow';
import { preparePaste } from '../../renderer/features/clip-actions/sources';

const words = (what: string) =>
  Array.from({ length: 8 }, (_, i) => `<p>${what} paragraph ${i + 1}: the delegations resumed talks in Geneva on Thursday, officials said, after a pause of several months in which neither side would move.</p>`).join('');
const page = (title: string, body: string) =>
  `<html><head><title>${title}</title><link rel="canonical" href="https://news.example/story"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const ERROR_PAGE = page('Sorry, something went wrong', words('We could not find that page. Our editors'));
const ARTICLE = page('Talks resume in Geneva', words('The article'));

/** A real site on 127.0.0.1: each path answers the status it is told to, with a wordy error page, until it is fixed. */
const answer = new Map<string, number>();
const server = createServer((req, res) => {
  const status = answer.get(req.url ?? '') ?? 200;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(status === 200 ? ARTICLE : ERROR_PAGE);
});
let origin = '';

/** The shell the clip flow uses, backed by the real page fetcher (told that this test's server plays a public site). */
const shell = {
  kind: 'web',
  invoke: (channel: string, args: { url: string }) => {
    if (channel !== 'page:fetch') throw new Error(`unexpected ${channel}`);
    return fetchPage(args, { testOnlyAllowedEndpoints: [new URL(origin).host] });
  },
  on: () => () => undefined,
} as unknown as Shell;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function context(): Promise<ClipContext> {
  return { db: await freshLibrary(), shell, deps: createNodeClipDeps() };
}

describe('clipping a page that answered an error status', () => {
  for (const status of [404, 500, 503]) {
    it(`refuses a wordy ${status} page, offers a bookmark, and clips the real article at that address later`, async () => {
      const ctx = await context();
      const path = `/story-${status}`;
      answer.set(path, status);
      const refused = await clipSource(preparePaste({ text: `${origin}${path}` }), ctx);
      expect(refused).toMatchObject({ status: 'failed', bookmark: { url: `${origin}${path}` } });
      expect(refused.status === 'failed' && refused.message).toMatch(new RegExp(`The site answered ${status} \\(`));
      expect(await listClips(ctx.db)).toHaveLength(0);

      answer.set(path, 200);
      const clipped = await clipSource(preparePaste({ text: `${origin}${path}` }), ctx);
      expect(clipped).toMatchObject({ status: 'clipped', clip: { title: 'Talks resume in Geneva' } });
    });
  }

  it('a bookmark kept from a failed clip does not turn the article away later', async () => {
    const ctx = await context();
    answer.set('/kept', 404);
    const refused = await clipSource(preparePaste({ text: `${origin}/kept` }), ctx);
    if (refused.status !== 'failed' || !refused.bookmark) throw new Error('expected a refusal with a bookmark');
    const kept = await storeDraft(bookmarkDraft(refused.bookmark), { input: { kind: 'text', text: '' }, resources: [] }, ctx);
    expect(kept.status).toBe('clipped');

    answer.set('/kept', 200);
    // The article names its canonical address; a bookmark of that address must not stand in its way either.
    const bookmarkOfCanonical = await storeDraft(bookmarkDraft({ url: 'https://news.example/story', title: 'Story' }), { input: { kind: 'text', text: '' }, resources: [] }, ctx);
    expect(bookmarkOfCanonical.status).toBe('clipped');
    const clipped = await clipSource(preparePaste({ text: `${origin}/kept` }), ctx);
    expect(clipped).toMatchObject({ status: 'clipped', clip: { title: 'Talks resume in Geneva' } });
    // The article clipped again is a duplicate, as before.
    expect(await clipSource(preparePaste({ text: `${origin}/kept` }), ctx)).toMatchObject({ status: 'duplicate' });
  });
});
