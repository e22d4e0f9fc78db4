/**
 * Synthetic heavy pages for bench:clip: a real article (a fixture page's body)
 * inside the bulk that makes real pages weigh megabytes: inline app state as JSON,
 * inline styles and SVG icons, and long lists of related-story cards and comments.
 */
const KB = 1024;

function card(i: number): string {
  return `<div class="card"><a href="/story/${i}"><img src="/thumb/${i}.jpg" alt=""><span class="kicker">Related</span><h3>Related story number ${i} about the talks</h3></a><p class="summary">A short summary of related story ${i}, with a few words.</p></div>`;
}

function comment(i: number): string {
  return `<li class="comment"><div class="meta"><a href="/user/${i}">reader${i}</a> <time>${i % 24}h ago</time></div><p>Comment ${i}: I read the whole piece and I think the negotiators should have said more about verification.</p><button>Reply</button></li>`;
}

function repeatTo(bytes: number, make: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const part = make(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** About `megabytes` MB of HTML around the body of `articleHtml`. */
export function heavyPage(articleHtml: string, megabytes: number): string {
  const total = megabytes * 1024 * KB;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(articleHtml)?.[1] ?? articleHtml;
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(articleHtml)?.[1] ?? '';
  const state = `<script>window.__STATE__=${JSON.stringify(Array.from({ length: Math.ceil((total * 0.4) / 120) }, (_, i) => ({ id: i, t: `item ${i} of the app's state`, u: `/x/${i}` })))}</script>`;
  const style = `<style>${repeatTo(total * 0.05, (i) => `.c${i}{margin:${i % 7}px;color:#${(i * 4099).toString(16).slice(-6).padStart(6, '0')}}`)}</style>`;
  const icons = repeatTo(total * 0.05, (i) => `<svg class="icon" viewBox="0 0 24 24"><path d="M${i % 24} 0L24 ${i % 24}L0 24Z"/></svg>`);
  const cards = `<aside class="related">${repeatTo(total * 0.3, card)}</aside>`;
  const comments = `<section class="comments"><ol>${repeatTo(total * 0.2, comment)}</ol></section>`;
  return `<!doctype html><html><head>${head}${style}${state}</head><body><header>${icons}</header>${body}${cards}${comments}</body></html>`;
}
