import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encoderFor } from '../../shared/clip/test-support';
import type { ClipDraft, ClipResult } from '../../shared/clip/types';
import { clip, type ClipInput } from '../../renderer/clip/pipeline';
import { createNodeClipDeps } from '../cli/node-dom';

const deps = createNodeClipDeps();
const seed = readFileSync(new URL('../../../shared/fixtures/seed-article-arms-control.txt', import.meta.url), 'utf8');
const SEED_TITLE = "Putin says he's ready to start talks with US on arms control";

function draftOf(result: ClipResult): ClipDraft {
  if (!result.ok) throw new Error(`expected a clip, got ${result.error.code}: ${result.error.message}`);
  return result.draft;
}

const run = (input: ClipInput) => clip(input, deps);
const paragraphs = (count: number, word = 'negotiations') =>
  Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}: the delegations resumed ${word} in Geneva on Thursday, officials said, after a pause of several months in which neither side would move on verification.</p>`).join('\n');

describe('the seed article pasted as text', () => {
  it('has its title and a clean body with every quoted paragraph', async () => {
    const draft = draftOf(await run({ kind: 'text', text: seed }));
    expect(draft.title).toBe(SEED_TITLE);
    expect(draft.text).not.toMatch(/\bMORE\b/);
    expect(draft.text).not.toMatch(/PutinVladimir|TrumpDonald/);
    for (const line of seed.split('\n').filter((l) => l.trim().startsWith('“'))) {
      expect(draft.text).toContain(line.trim().replace(/\s+/g, ' '));
    }
    expect(draft.html.startsWith('<p>Russian President Vladimir Putin said')).toBe(true);
    expect(draft.source).toBe('paste');
    expect(draft.wordCount).toBeGreaterThan(300);
  });
});

describe('hover cards in HTML', () => {
  it('cut out of the DOM across elements, so html and text agree', async () => {
    const card = (short: string, full: string) =>
      `<a href="/people/${short}">${short}</a><span class="rollover"><span>${full}</span><span><a href="/a">West should echo Prague's remembrance</a><a href="/b">Trump campaign sues over op-ed</a></span><a href="/more">MORE</a></span>`;
    const html = `<html><head><title>Putin ready for talks</title></head><body><article><h1>Putin ready for talks</h1>
      <p>Russian President Vladimir ${card('Putin', 'Vladimir Vladimirovich Putin')} said he is ready to restart arms control negotiations with the U.S. after both capitals left the treaty.</p>
      ${paragraphs(6)}</article></body></html>`;
    const draft = draftOf(await run({ kind: 'html', html, url: 'https://news.example/putin' }));
    expect(draft.text).toContain('Russian President Vladimir Putin said he is ready');
    expect(draft.html).toContain('Putin</a> said he is ready');
    expect(draft.html).not.toContain('MORE');
    expect(draft.html).not.toContain('West should echo');
  });
});

describe('metadata', () => {
  const head = `<html><head>
    <title>Treaty talks resume | Example News</title>
    <link rel="canonical" href="/world/treaty-talks">
    <meta property="og:title" content="OG title | Example News">
    <meta property="og:site_name" content="Example News">
    <meta property="og:locale" content="en_GB">
    <meta property="article:published_time" content="2019-06-01T10:00:00Z">
    <meta name="citation_author" content="Citation Author">
    <meta name="author" content="By Meta Author">
    <meta name="description" content="Meta description.">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
      {"@type":"NewsArticle","headline":"Treaty talks resume - Example News","author":[{"@type":"Person","name":"By Jane Doe"},{"name":"John Roe"}],
       "datePublished":"2019-06-27T09:30:00+02:00","publisher":{"@type":"Organization","name":"Example News"},"description":"JSON-LD description &amp; more."}]}</script>
    </head><body><article>${paragraphs(6)}</article></body></html>`;

  it('prefers JSON-LD and normalises what it finds', async () => {
    const draft = draftOf(await run({ kind: 'html', html: head, url: 'https://news.example/a?utm=1' }));
    expect(draft).toMatchObject({
      title: 'Treaty talks resume',
      byline: 'Jane Doe, John Roe',
      siteName: 'Example News',
      publishedAt: '2019-06-27T07:30:00.000Z',
      excerpt: 'JSON-LD description & more.',
      canonicalUrl: 'https://news.example/world/treaty-talks',
      lang: 'en-GB',
      url: 'https://news.example/a?utm=1',
      source: 'url',
    });
  });

  it('falls back through OpenGraph, citation_* and meta tags', async () => {
    const noJsonLd = head.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const draft = draftOf(await run({ kind: 'html', html: noJsonLd, url: 'https://news.example/a' }));
    expect(draft).toMatchObject({ title: 'OG title', byline: 'Citation Author', publishedAt: '2019-06-01T10:00:00.000Z', excerpt: 'Meta description.' });
    const bare = noJsonLd.replace(/<meta (?:property="og|property="article|name="citation)[^>]*>/g, '');
    const fallback = draftOf(await run({ kind: 'html', html: bare, url: 'https://news.example/a' }));
    expect(fallback).toMatchObject({ byline: 'Meta Author', excerpt: 'Meta description.', publishedAt: null });
  });
});

describe('Russian pages in legacy charsets', () => {
  const sentence = 'Президент России заявил о готовности возобновить переговоры о контроле над вооружениями с Соединёнными Штатами.';
  const html = (charset: string) => `<html lang="ru"><head><meta charset="${charset}"><title>Переговоры</title></head><body><article>${Array.from({ length: 6 }, () => `<p>${sentence}</p>`).join('')}</article></body></html>`;
  for (const charset of ['windows-1251', 'koi8-r']) {
    it(`reads ${charset} from <meta> and from the HTTP header`, async () => {
      const fromMeta = draftOf(await run({ kind: 'bytes', bytes: encoderFor(charset)(html(charset)) }));
      expect(fromMeta.text).toContain(sentence);
      expect(fromMeta.lang).toBe('ru');
      const fromHeader = draftOf(await run({ kind: 'bytes', bytes: encoderFor(charset)(html('x-unknown')), charset }));
      expect(fromHeader.title).toBe('Переговоры');
    });

    it(`reads ${charset} that nothing declares, judged by its words, and says so`, async () => {
      const undeclared = html(charset).replace(/<meta charset="[^"]*">/, '');
      const result = await run({ kind: 'bytes', bytes: encoderFor(charset)(undeclared) });
      expect(draftOf(result).text).toContain(sentence);
      expect(draftOf(result).title).toBe('Переговоры');
      expect(draftOf(result).warnings).toEqual([
        `The page did not say which character set it uses and is not UTF-8: it was read as Cyrillic (${charset === 'koi8-r' ? 'KOI8-R' : 'windows-1251'}), judging by its words. If the text looks wrong, clip it from its web address instead, where the server may name the character set.`,
      ]);
    });
  }
});

describe('bad input gets a clear refusal', () => {
  it('empty', async () => {
    for (const input of [{ kind: 'bytes', bytes: new Uint8Array() }, { kind: 'html', html: '  \n ' }, { kind: 'text', text: '' }] as ClipInput[]) {
      const result = await run(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'empty' } });
    }
  });

  it('binary', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const result = await run({ kind: 'bytes', bytes: png });
    expect(result).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(result.ok || result.error.message).toMatch(/not a web page/);
  });

  it('50 MB, refused before parsing', async () => {
    let parsed = false;
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const result = await clip({ kind: 'bytes', bytes: big }, { ...deps, parseHTML: (html, url) => ((parsed = true), deps.parseHTML(html, url)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(result.ok || result.error.message).toMatch(/50 MB/);
    expect(parsed).toBe(false);
    expect(await run({ kind: 'html', html: 'a'.repeat(50 * 1024 * 1024) })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('unterminated markup still clips what is there', async () => {
    // No closing tags anywhere, and the file stops inside a tag.
    const html = `<html><head><title>Cut off</title><body><article><div><h2>Talks${paragraphs(5).replace(/<\/p>/g, '')}<p>The last paragraph was cut off in the middle <b>of a word <a href="/x" title="unfinis`;
    const draft = draftOf(await run({ kind: 'html', html }));
    expect(draft.text).toContain('Paragraph 5: the delegations resumed');
    expect(draft.text).toContain('The last paragraph was cut off in the middle of a word');
  });

  it('a page that is all navigation is not an article, and can be kept as a bookmark', async () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section number ${i} of the site</a></li>`).join('');
    const html = `<html><head><title>Example News: all sections</title></head><body><nav><ul>${links}</ul></nav><div class="menu"><ul>${links}</ul></div></body></html>`;
    const result = await run({ kind: 'html', html, url: 'https://news.example/sections' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-an-article', bookmark: { url: 'https://news.example/sections', title: 'Example News: all sections' } },
    });
    expect(result.ok || result.error.message).toMatch(/bookmark/);
  });
});

describe('sanitized output', () => {
  it('keeps no script, handler or javascript: URL; links open outside; images are listed', async () => {
    const html = `<html><body><article>${paragraphs(4)}
      <p>See <a href="/report" onclick="steal()">the report</a> and <a href="javascript:alert(1)">this</a>.<script>window.x=1</script></p>
      <p><img src="/img/photo.jpg" alt="Delegates in Geneva" onerror="alert(1)"><iframe src="https://evil.example"></iframe></p>
      <form action="/post"><input name="q"><button>Go</button></form>${paragraphs(2, 'talks')}</article></body></html>`;
    const draft = draftOf(await run({ kind: 'html', html, url: 'https://news.example/story' }));
    expect(draft.html).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|<form|<input|<button/i);
    expect(draft.html).toContain('<a href="https://news.example/report" rel="noopener noreferrer" target="_blank">the report</a>');
    expect(draft.images).toEqual([{ src: 'https://news.example/img/photo.jpg', alt: 'Delegates in Geneva' }]);
  });

  it('hashes the same text the same way', async () => {
    const a = draftOf(await run({ kind: 'text', text: seed }));
    const b = draftOf(await run({ kind: 'text', text: seed.replace(/\n/g, '\r\n').replace(/ said/g, '  said') }));
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.contentHash).toBe(a.contentHash);
  });
});

describe('large and hostile pages', () => {
  const noise = (length: number) => {
    const bytes = new Uint8Array(length);
    let x = 11;
    for (let i = 0; i < length; i += 1) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    return bytes;
  };

  it('refuses a short text head with binary after it, as bytes and as text', async () => {
    const head = new TextEncoder().encode(`<html><head><title>Report</title></head><body><article>${paragraphs(8)}`);
    const bytes = new Uint8Array(head.length + 300_000);
    bytes.set(head);
    bytes.set(noise(300_000), head.length);
    expect(await run({ kind: 'bytes', bytes })).toMatchObject({ ok: false, error: { code: 'binary' } });
    const text = new TextDecoder('windows-1252').decode(bytes);
    expect(await run({ kind: 'html', html: text })).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(await run({ kind: 'text', text })).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('refuses an article of more words than a clip holds, saying how many', async () => {
    const book = `<html><head><title>A book</title></head><body><article>${paragraphs(6000)}</article></body></html>`;
    const result = await run({ kind: 'html', html: book });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-long' } });
    expect(result.ok || result.error.message).toMatch(/about [\d,]+ words, more than the 150,000/);
    expect(await run({ kind: 'text', text: 'The talks resumed. '.repeat(60_000) })).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });

  it('reports its stages in order, and stops with nothing made when cancelled', async () => {
    const html = `<html><head><title>Talks</title></head><body><article>${paragraphs(10)}</article></body></html>`;
    const stages: string[] = [];
    draftOf(await clip({ kind: 'html', html }, deps, { onStage: (stage) => stages.push(stage) }));
    expect(stages).toEqual(['reading', 'extracting', 'cleaning']);

    const controller = new AbortController();
    let parsed = false;
    const cancelled = await clip({ kind: 'html', html }, { ...deps, parseHTML: (h, u) => ((parsed = true), deps.parseHTML(h, u)) }, {
      signal: controller.signal,
      onStage: (stage) => stage === 'extracting' && controller.abort(),
    });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(parsed).toBe(false);
  });
});
