/**
 * `npm run bench:suggest`: how fast suggestions run over real news text.
 * Figures, not a pass/fail: ms per 1,000 words for the alias matcher and the
 * quote finder over the BBC corpus (target <= 5 ms together, issue 8), and for
 * the whole suggestForClip (which adds candidates and speaker lookup).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { findQuotes } from '../../shared/suggest/quotes';
import { gazetteerCatalog, suggestForClip } from '../../shared/suggest/index';

const corpusPath = fileURLToPath(new URL('../../../shared/fixtures/corpus/bbc-news-2225.jsonl', import.meta.url));
const articles = readFileSync(corpusPath, 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const words = articles.reduce((n, text) => n + (text.match(/\S+/g)?.length ?? 0), 0);

const buildStart = performance.now();
const catalog = gazetteerCatalog();
const buildMs = performance.now() - buildStart;

function time(run: (text: string) => unknown): number {
  const start = performance.now();
  for (const text of articles) run(text);
  return performance.now() - start;
}

/** The best of a few passes after a warm-up: the machine is shared, the code is what is measured. */
function best(run: (text: string) => unknown, passes = 3): number {
  time(run);
  return Math.min(...Array.from({ length: passes }, () => time(run)));
}

const perThousand = (ms: number) => (ms / words) * 1000;
const matcherMs = best((t) => catalog.matcher.match(t));
const quotesMs = best((t) => findQuotes(t));
const togetherMs = best((t) => {
  catalog.matcher.match(t);
  findQuotes(t);
});
const suggestMs = best((t) => suggestForClip(t, catalog));

console.log(`corpus: ${articles.length} articles, ${words.toLocaleString('en')} words`);
console.log(`catalog build (gazetteer, ${catalog.entries.length} entities): ${buildMs.toFixed(2)} ms`);
console.log(`alias matcher:            ${perThousand(matcherMs).toFixed(3)} ms / 1,000 words`);
console.log(`quote finder:             ${perThousand(quotesMs).toFixed(3)} ms / 1,000 words`);
console.log(`matcher + quote finder:   ${perThousand(togetherMs).toFixed(3)} ms / 1,000 words (target <= 5)`);
console.log(`suggestForClip (all):     ${perThousand(suggestMs).toFixed(3)} ms / 1,000 words`);
