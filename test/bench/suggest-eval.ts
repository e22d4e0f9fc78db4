/**
 * `npm run eval:suggest [-- --set dev|heldout] [--verbose]`: the quote finder
 * measured on labelled BBC politics articles (issue 8's targets: precision
 * >= 95%, recall >= 85%, speaker right for >= 85% of matched quotes), run the
 * way the Suggestions panel runs it (suggestForClip over the gazetteer), beside
 * the simple regex baseline on the same articles.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteerCatalog, suggestForClip, type Catalog } from '../../shared/suggest/index';
import { baselineQuotes } from './suggest-eval-baseline';
import { scoreArticle, totals, type ArticleScore, type LabelFile, type ScoredQuote } from './suggest-eval-lib';

const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const set = setAt >= 0 ? args[setAt + 1] : 'dev';
const verbose = args.includes('--verbose');
if (set !== 'dev' && set !== 'heldout') {
  console.error(`Unknown label set "${set}": use --set dev or --set heldout.`);
  process.exit(2);
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const labelPath = `${repo}test/fixtures/suggest-labels/${set}.json`;
let labels: LabelFile;
try {
  labels = JSON.parse(readFileSync(labelPath, 'utf8')) as LabelFile;
} catch (error) {
  console.error(`Cannot read the ${set} labels at ${labelPath}: ${(error as Error).message}`);
  process.exit(2);
}
const corpus = new Map(
  readFileSync(new URL(labels.corpus, `file://${repo}`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .map((a) => [a.id, a.text]),
);

function finderQuotes(text: string, catalog: Catalog): ScoredQuote[] {
  return suggestForClip(text, catalog).quotes.map((q) => {
    const entry = q.speakerEntityId ? catalog.matcher.entry(q.speakerEntityId) : undefined;
    const names = q.speaker ? [q.speaker.name, ...(entry ? [entry.name, ...entry.aliases] : [])] : [];
    return { text: q.text, speakerNames: names };
  });
}

type Run = { id: string; found: ScoredQuote[]; score: ArticleScore };

function evaluate(find: (text: string) => ScoredQuote[]): Run[] {
  return labels.articles.map((article) => {
    const text = corpus.get(article.id);
    if (text === undefined) throw new Error(`Article ${article.id} is not in ${labels.corpus}.`);
    const found = find(text);
    return { id: article.id, found, score: scoreArticle(found, article.quotes) };
  });
}

const percent = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);
const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}...` : s).replace(/\s+/g, ' ');

function report(name: string, runs: Run[]): void {
  const t = totals(runs.map((r) => ({ found: r.found.length, labelled: labels.articles.find((a) => a.id === r.id)!.quotes.length, score: r.score })));
  console.log(
    `${name.padEnd(9)} precision ${percent(t.matched, t.found).padStart(6)} (${t.matched}/${t.found})   ` +
      `recall ${percent(t.matched, t.labelled).padStart(6)} (${t.matched}/${t.labelled})   ` +
      `speaker right ${percent(t.speakersRight, t.matched).padStart(6)} (${t.speakersRight}/${t.matched})   ` +
      `speaker right of all labelled ${percent(t.speakersRight, t.labelled)}`,
  );
}

function details(runs: Run[]): void {
  for (const run of runs) {
    const article = labels.articles.find((a) => a.id === run.id)!;
    const lines: string[] = [];
    for (const j of run.score.missed) lines.push(`  MISSED   "${short(article.quotes[j]!.opening)}" (${article.quotes[j]!.speaker ?? 'no speaker'})`);
    for (const i of run.score.falsePositives) lines.push(`  EXTRA    "${short(run.found[i]!.text)}" (${run.found[i]!.speakerNames[0] ?? 'no speaker'})`);
    for (const p of run.score.wrongSpeaker) {
      const label = article.quotes[p.label]!;
      lines.push(`  SPEAKER  "${short(label.opening)}": found ${run.found[p.found]!.speakerNames[0] ?? 'none'}, labelled ${label.speaker ?? 'none'}`);
    }
    if (lines.length) console.log(`${run.id}\n${lines.join('\n')}`);
  }
}

const catalog = gazetteerCatalog();
const finder = evaluate((text) => finderQuotes(text, catalog));
const baseline = evaluate(baselineQuotes);
console.log(`set: ${set}, ${labels.articles.length} articles, ${labels.articles.reduce((n, a) => n + a.quotes.length, 0)} labelled quotes`);
report('finder', finder);
report('baseline', baseline);
console.log('targets: precision >= 95%, recall >= 85%, speaker right >= 85% of matched quotes');
if (verbose) {
  console.log('\nfinder, article by article:');
  details(finder);
  if (args.includes('--baseline')) {
    console.log('\nbaseline, article by article:');
    details(baseline);
  }
}
