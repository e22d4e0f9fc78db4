import { isoFromParts, longDate } from './dates';
import type { PersonName } from './names';
import { isLiteral } from './names';
import type { CitationSource } from './source';

/**
 * BibTeX for clipped pages. `biblatex` (the default) writes @online with ISO
 * `date` and `urldate`, as biber reads them; `bibtex` writes @misc with year,
 * month and a note, which classic BibTeX styles print.
 */
export type BibtexDialect = 'biblatex' | 'bibtex';

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text safe inside a braced BibTeX value: LaTeX's special characters escaped, whitespace collapsed. */
export function escapeLatex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}&%$#_~^]/g, (char) => LATEX_SPECIALS[char]!);
}

/** URLs are read verbatim; only what would unbalance the braces or end the field is encoded. */
function escapeUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => encodeURIComponent(char));
}

function bibtexName(name: PersonName): string {
  // Double braces keep an organization's name whole: BibTeX would otherwise split "The Hill Staff" into first and last names.
  if (isLiteral(name)) return `{${escapeLatex(name.literal)}}`;
  return name.given ? `${escapeLatex(name.family)}, ${escapeLatex(name.given)}` : escapeLatex(name.family);
}

const KEY_STOPWORDS = new Set(
  'a an the of on in to with and for at by from as is are was were be been says said say tells told he she it they we i you his her their its hes shes theyre this that these those what how why who new'.split(' '),
);

const CYRILLIC_LATIN = [
  'a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p',
  'r', 's', 't', 'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya',
];
const CYRILLIC: Record<string, string> = Object.fromEntries([...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'].map((char, i) => [char, CYRILLIC_LATIN[i]!]));

/** Lower-case ASCII words of a text, accents dropped and Cyrillic transliterated. */
function keyWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/[а-яё]/g, (char) => CYRILLIC[char] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]/g, '');
  return folded.split(/[^a-z0-9]+/).filter((word) => word !== '' && !/^\d+$/.test(word));
}

/**
 * A key a person can guess and that does not change between exports:
 * first author's family name (or the title's first word), year, and the
 * title's first significant word: "putin2019ready", "bowden2019putin".
 */
export function citationKey(source: CitationSource): string {
  const first = source.authors[0];
  const authorWords = first ? keyWords(isLiteral(first) ? first.literal : first.family) : [];
  const titleWords = keyWords(source.title).filter((word) => !KEY_STOPWORDS.has(word));
  const prefix = authorWords.find((word) => !KEY_STOPWORDS.has(word)) ?? titleWords[0] ?? 'untitled';
  const year = source.issued ? String(source.issued[0]) : 'nd';
  const suffix = titleWords.find((word) => word !== prefix && word.length > 2) ?? '';
  return `${prefix}${year}${suffix}`;
}

/** Keys for a set of sources, made unique the way biber does: putin2019ready, putin2019readya, putin2019readyb. */
export function uniqueCitationKeys(sources: CitationSource[]): string[] {
  const counts = new Map<string, number>();
  for (const source of sources) {
    const key = citationKey(source);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const used = new Map<string, number>();
  return sources.map((source) => {
    const key = citationKey(source);
    if (counts.get(key) === 1) return key;
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    return index === 0 ? key : `${key}${suffixLetters(index - 1)}`;
  });
}

function suffixLetters(index: number): string {
  let out = '';
  let n = index;
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function entryFields(source: CitationSource, dialect: BibtexDialect): [string, string][] {
  const fields: [string, string][] = [];
  if (source.authors.length) fields.push(['author', `{${source.authors.map(bibtexName).join(' and ')}}`]);
  fields.push(['title', `{${escapeLatex(source.title)}}`]);
  if (dialect === 'biblatex') {
    if (source.site) fields.push(['organization', `{${escapeLatex(source.site)}}`]);
    if (source.issued) fields.push(['date', `{${isoFromParts(source.issued)}}`]);
  } else {
    if (source.site) fields.push(['howpublished', `{${escapeLatex(source.site)}}`]);
    if (source.issued) fields.push(['year', `{${source.issued[0]}}`]);
    if (source.issued?.[1] !== undefined) fields.push(['month', BIBTEX_MONTHS[source.issued[1] - 1]!]);
    fields.push(['note', `{Accessed ${longDate(source.accessed)}}`]);
  }
  if (source.url) fields.push(['url', `{${escapeUrl(source.url)}}`]);
  fields.push(['urldate', `{${isoFromParts(source.accessed)}}`]);
  if (source.lang) fields.push(['langid', `{${escapeLatex(source.lang)}}`]);
  return fields;
}

export function sourceToBibtex(source: CitationSource, key: string, dialect: BibtexDialect = 'biblatex'): string {
  const type = dialect === 'biblatex' ? 'online' : 'misc';
  const fields = entryFields(source, dialect).map(([name, value]) => `  ${name} = ${value},`);
  return `@${type}{${key},\n${fields.join('\n')}\n}\n`;
}

/** A .bib file of the sources, with unique keys, in the order given. */
export function sourcesToBibtex(sources: CitationSource[], dialect: BibtexDialect = 'biblatex'): string {
  const keys = uniqueCitationKeys(sources);
  return sources.map((source, i) => sourceToBibtex(source, keys[i]!, dialect)).join('\n');
}
