import { commands } from 'vitest/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import createDOMPurify from 'dompurify';
import { createBrowserClipDeps } from './browser';
import { clip } from './pipeline';
import { sanitizeArticle } from './sanitize';

type Vector = { id: string; title: string; payload: string };

// The canary a payload trips if it ever runs.
const canary = window as Window & { __xss?: string };

const FORBIDDEN = 'script, iframe, object, embed, form, input, button, style, base, meta, link, frame, frameset, textarea, select';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset'];
// Browsers ignore whitespace and control characters before a scheme: "java\tscript:" still runs.
const DANGEROUS_URL = /^(?:javascript|vbscript|data:text\/html)/i;
const compactUrl = (value: string) =>
  [...value].filter((ch) => { const code = ch.codePointAt(0) ?? 0; return code > 0x20 && (code < 0x7f || code > 0x9f); }).join('').toLowerCase();

const article = (payload: string) => `<!doctype html><html><head><title>Talks resume</title></head><body><article>
  <h1>Talks resume</h1>
  ${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i}: delegations resumed negotiations in Geneva on Thursday, officials said, after months without progress on verification.</p>`).join('\n')}
  <div>${payload}</div>
  <p>Closing paragraph: both sides said they would meet again next month to continue the talks on the remaining issues.</p>
</article></body></html>`;

let vectors: Vector[] = [];
const rendered: { id: string; via: string; host: HTMLElement }[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };

beforeAll(async () => {
  const json = JSON.parse(await commands.readFile('../shared/fixtures/xss-vectors.json')) as { vectors: Vector[] };
  vectors = json.vectors;
  // The canary: any payload that gets to run calls one of these (alert(1) and friends) and is caught.
  const trip = (name: string) => () => void (canary.__xss = name);
  Object.assign(window, { alert: trip('alert'), confirm: trip('confirm'), prompt: trip('prompt'), print: trip('print') });
  delete canary.__xss;
});

afterAll(() => Object.assign(window, originals));

function render(id: string, via: string, html: string): void {
  const host = document.createElement('section');
  host.dataset.vector = id;
  host.innerHTML = html;
  document.body.append(host);
  rendered.push({ id, via, host });
}

describe('the XSS vectors, clipped and rendered in Chromium', () => {
  it('sanitize and render all 223, through the whole pipeline and through the sanitizer alone', async () => {
    expect(vectors).toHaveLength(223);
    const deps = createBrowserClipDeps();
    const sanitizer = createDOMPurify(window);
    let clipped = 0;
    for (const vector of vectors) {
      const result = await clip({ kind: 'html', html: article(vector.payload), url: 'https://news.example/story' }, deps);
      if (result.ok) {
        clipped++;
        render(vector.id, 'pipeline', result.draft.html);
      } else {
        expect(result.error.code, vector.id).toBe('not-an-article');
      }
      // Pasted fragments: the sanitizer as the pipeline configures it, on the raw payload.
      render(vector.id, 'sanitizer', sanitizeArticle(sanitizer, vector.payload).html);
    }
    expect(clipped).toBeGreaterThan(200);
    // Let load/error handlers and timers a payload might have planted fire.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  });

  it('run no script: the canary stays unset', () => {
    expect(rendered.length).toBeGreaterThan(400);
    expect(canary.__xss).toBeUndefined();
  });

  it('leave no event handler, dangerous URL or forbidden element', () => {
    const problems: string[] = [];
    for (const { id, via, host } of rendered) {
      for (const element of host.querySelectorAll(FORBIDDEN)) problems.push(`${id} (${via}): <${element.localName}>`);
      for (const element of host.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.toLowerCase().startsWith('on')) problems.push(`${id} (${via}): ${attribute.name}`);
          if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && DANGEROUS_URL.test(compactUrl(attribute.value))) {
            problems.push(`${id} (${via}): ${attribute.name}=${attribute.value.slice(0, 40)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('make every link open outside with no opener', () => {
    const links = rendered.flatMap(({ host }) => [...host.querySelectorAll('a[href]')]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });
});
