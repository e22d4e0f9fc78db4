import type { DateParts } from './dates';
import { MONTH_NAMES } from './dates';
import { headlineCase } from './capitalization';
import type { PersonName } from './names';
import { initials, isLiteral } from './names';
import type { QuoteCard } from './quote-card';
import { quotedText, secondarySpeaker } from './quote-card';
import type { CitationSource } from './source';
import type { Styled } from './styled';
import { italic } from './styled';

/** APA 7 (Publication Manual, 7th ed., 9.8-9.12 and 10.2, 10.16): a reference-list entry and in-text citations. */
export type ApaCitation = {
  /** The reference-list entry. */
  reference: Styled;
  /** The parenthetical citation of the source: (Bowden, 2019). */
  inText: Styled;
  /** The quote with its citation; a speaker quoted in the source is cited "as cited in" it (APA 8.6). */
  quotation: Styled;
};

function apaAuthor(name: PersonName): string {
  if (isLiteral(name)) return name.literal;
  return name.given ? `${name.family}, ${initials(name.given)}` : name.family;
}

/** Up to 20 authors, the last after "&"; from 21, the first 19, an ellipsis and the last (APA 9.8). */
function apaAuthorList(names: PersonName[]): string {
  const all = names.map(apaAuthor);
  if (all.length === 1) return all[0]!;
  if (all.length === 2) return `${all[0]}, & ${all[1]}`;
  if (all.length > 20) return `${all.slice(0, 19).join(', ')}, . . . ${all[all.length - 1]}`;
  return `${all.slice(0, -1).join(', ')}, & ${all[all.length - 1]}`;
}

function apaDate(parts: DateParts | null): string {
  if (!parts) return 'n.d.';
  const [year, month, day] = parts;
  if (month === undefined) return String(year);
  return `${year}, ${MONTH_NAMES[month - 1]}${day === undefined ? '' : ` ${day}`}`;
}

const endsSentence = (text: string) => /[.?!]$/.test(text);
const withPeriod = (text: string) => (endsSentence(text) ? text : `${text}.`);

/** Reference entry: Author, A. A. (2019, July 4). Title. *Site*. URL */
export function apaReference(source: CitationSource): Styled {
  const date = `(${apaDate(source.issued)}).`;
  // A web page's own title is italic; an article's title is plain and its publication italic (APA 10.2, 10.16).
  const title = source.kind === 'webpage' ? italic(withPeriod(source.title)) : withPeriod(source.title);
  const runs: Styled = [];
  if (source.authors.length) runs.push(`${withPeriod(apaAuthorList(source.authors))} ${date} `, title);
  else runs.push(title, ` ${date}`);
  const authorIsSite = source.authors.length === 1 && isLiteral(source.authors[0]!) && source.authors[0].literal === source.site;
  if (source.site && !authorIsSite) {
    if (source.kind === 'webpage') runs.push(` ${source.site}.`);
    else runs.push(' ', italic(source.site), '.');
  }
  if (source.url) runs.push(` ${source.url}`);
  return runs;
}

function familyOf(name: PersonName): string {
  return isLiteral(name) ? name.literal : name.family;
}

/** The author part of an in-text citation; a source without author is cited by the first words of its title. */
function apaInTextAuthor(source: CitationSource): Styled {
  const [first, second] = source.authors;
  if (first && source.authors.length >= 3) return [`${familyOf(first)} et al.`];
  if (first && second) return [`${familyOf(first)} & ${familyOf(second)}`];
  if (first) return [familyOf(first)];
  const words = source.title.split(/\s+/);
  const short = headlineCase(words.slice(0, 4).join(' '));
  return source.kind === 'webpage' ? [italic(short)] : [`“${short},”`];
}

/** "(Bowden, 2019)"; "(“Putin Says He's Ready,” 2019)" without an author; "n.d." without a date. */
export function apaInText(source: CitationSource): Styled {
  const author = apaInTextAuthor(source);
  const year = source.issued ? String(source.issued[0]) : 'n.d.';
  const last = author[author.length - 1];
  const separator = typeof last === 'string' && last.endsWith(',”') ? ' ' : ', ';
  return ['(', ...author, `${separator}${year})`];
}

export function formatApa(card: QuoteCard): ApaCitation {
  const inText = apaInText(card.source);
  const speaker = secondarySpeaker(card);
  const citation: Styled = speaker
    ? ['(', `${familyOf(speaker)}, as cited in `, ...inText.slice(1)]
    : inText;
  return {
    reference: apaReference(card.source),
    inText,
    quotation: [`${quotedText(card.text)} `, ...citation, '.'],
  };
}
