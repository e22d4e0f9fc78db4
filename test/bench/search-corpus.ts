/**
 * The benchmark corpus: real BBC paragraphs recombined into as many articles of
 * ~1,100 words as asked for, deterministically (same seed, same corpus). Pure, so
 * the bench page builds documents in the browser instead of shipping gigabytes.
 */
import type { SearchDoc } from '../../shared/search/types';

export type SourceArticle = { id: string; title: string; text: string };

const SITES = ['BBC News', 'Reuters', 'The Guardian', 'Kommersant', 'Le Monde', 'Associated Press'];
const SPEAKERS = [
  { id: 'e-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Путин'] },
  { id: 'e-lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'] },
  { id: 'e-blair', name: 'Tony Blair', aliases: ['Blair'] },
  { id: 'e-brown', name: 'Gordon Brown', aliases: ['Brown'] },
  { id: 'e-bush', name: 'George W. Bush', aliases: ['Bush'] },
];
const TREATIES = [
  { id: 'e-newstart', name: 'New START', aliases: ['ДСНВ'] },
  { id: 'e-inf', name: 'Intermediate-Range Nuclear Forces Treaty', aliases: ['INF', 'ДРСМД'] },
  { id: 'e-npt', name: 'Treaty on the Non-Proliferation of Nuclear Weapons', aliases: ['NPT'] },
];
const TAGS = ['economy', 'politics', 'arms control', 'sport', 'technology', 'media'];
const WORDS_PER_DOC = 1_100;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Corpus = { titles: string[]; paragraphs: string[]; words: number[] };

export function prepareCorpus(articles: SourceArticle[]): Corpus {
  const paragraphs = articles.flatMap((a) => a.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0));
  return { titles: articles.map((a) => a.title), paragraphs, words: paragraphs.map((p) => p.split(/\s+/).length) };
}

/** Document number `n` of the scaled corpus: a clip, or every tenth a quote. */
export function scaledDoc(corpus: Corpus, n: number): SearchDoc {
  const random = mulberry32(n * 7919 + 17);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const date = new Date(Date.UTC(2005, 0, 1) + Math.floor(random() * 20 * 365) * 86_400_000).toISOString().slice(0, 10);
  const site = pick(SITES);
  const treaties = random() < 0.2 ? [pick(TREATIES)] : [];
  if (n % 10 === 9) {
    const speaker = pick(SPEAKERS);
    const quote = pick(corpus.paragraphs);
    return {
      id: `q${n}`, type: 'quote', version: 1, display: `${speaker.name}: ${pick(corpus.titles)}`, title: '', quote,
      body: '', meta: [speaker.name, ...speaker.aliases, ...treaties.map((t) => t.name)].join(' '),
      date, site, tags: [], speaker, actors: [], treaties,
    };
  }
  const parts: string[] = [];
  let words = 0;
  while (words < WORDS_PER_DOC) {
    const index = Math.floor(random() * corpus.paragraphs.length);
    parts.push(corpus.paragraphs[index]!);
    words += corpus.words[index]!;
  }
  const title = pick(corpus.titles);
  const tags = random() < 0.5 ? [pick(TAGS)] : [];
  return {
    id: `c${n}`, type: 'clip', version: 1, display: title, title, quote: '', body: parts.join('\n\n'),
    meta: [site, ...tags].join(' '), date, site, tags, speaker: null, actors: random() < 0.3 ? [pick(SPEAKERS)] : [], treaties,
  };
}

/** The query mix: words, two-word AND, phrases, prefixes as typed, misspellings. */
export const QUERY_MIX = {
  single: ['economy', 'election', 'minister', 'film', 'music', 'growth', 'software', 'champion', 'oil', 'shares', 'court', 'mobile', 'tax', 'labour', 'china', 'chelsea'],
  twoWords: ['interest rates', 'prime minister', 'mobile phone', 'oil prices', 'world cup', 'stock market', 'film festival', 'tax cuts', 'general election', 'video games'],
  phrases: ['"prime minister"', '"interest rates"', '"chief executive"', '"world cup"', '"told the bbc"', '"high court"', '"mobile phone"', '"record label"'],
  prefixes: ['e', 'ec', 'eco', 'econ', 'econo', 'econom', 'gov', 'gover', 'govern', 'el', 'elec', 'electi', 'mi', 'minis', 'tech', 'techno', 'football pl', 'oil pri', 'wan', 'wanti'],
  misspellings: ['goverment', 'econmy', 'elction', 'ministr', 'telvision', 'parliment', 'finacial', 'compnay', 'Puttin', 'trety'],
  filtered: ['actor:Putin', 'speaker:Lavrov economy', 'treaty:INF', 'type:quote minister', 'after:2015 oil', 'site:reuters growth'],
};
