import { headlineCase } from './capitalization';
import { longDate } from './dates';
import type { PersonName } from './names';
import { displayName, invertedName, isLiteral } from './names';
import type { QuoteCard } from './quote-card';
import { secondarySpeaker } from './quote-card';
import type { CitationSource } from './source';
import type { Styled } from './styled';
import { italic } from './styled';

/** Chicago Manual of Style, 17th ed., notes and bibliography (14.206 news sites, 14.207 web pages, 14.260 "quoted in"). */
export type ChicagoCitation = {
  /** The first, full note. */
  note: Styled;
  /** Later notes citing the same source. */
  shortNote: Styled;
  bibliography: Styled;
};

/** Note form: "A", "A and B", "A, B, and C", "A et al." from four authors (14.76). */
function noteAuthors(names: PersonName[]): string {
  const shown = names.map(displayName);
  if (shown.length >= 4) return `${shown[0]} et al.`;
  if (shown.length === 3) return `${shown[0]}, ${shown[1]}, and ${shown[2]}`;
  return shown.join(' and ');
}

/** Bibliography form: the first name inverted, up to ten; from eleven, the first seven and "et al." (14.76). */
function bibliographyAuthors(names: PersonName[]): string {
  const listed = names.length > 10 ? names.slice(0, 7) : names;
  const shown = listed.map((name, i) => (i === 0 ? invertedName(name) : displayName(name)));
  if (names.length > 10) return `${shown.join(', ')}, et al`;
  if (shown.length === 1) return shown[0]!;
  if (shown.length === 2) return `${shown[0]}, and ${shown[1]}`;
  return `${shown.slice(0, -1).join(', ')}, and ${shown[shown.length - 1]}`;
}

/** “Title,” with the comma inside the quotation marks, unless the title ends in ? or !. */
function quotedTitle(title: string, punctuation: ',' | '.'): string {
  const inner = headlineCase(title).replace(/“/g, '‘').replace(/”/g, '’');
  return /[?!]$/.test(inner) ? `“${inner}”` : `“${inner}${punctuation}”`;
}

/** The date of publication, or the access date when a page gives none (14.207). */
function noteDate(source: CitationSource): string {
  return source.issued ? longDate(source.issued) : `accessed ${longDate(source.accessed)}`;
}

function withoutFinalPeriod(text: string): string {
  return text.replace(/\.$/, '');
}

function fullNote(source: CitationSource): Styled {
  const runs: Styled = [];
  if (source.authors.length) runs.push(`${noteAuthors(source.authors)}, `);
  runs.push(`${quotedTitle(source.title, ',')} `);
  if (source.site) runs.push(italic(source.site), ', ');
  runs.push(noteDate(source));
  if (source.url) runs.push(`, ${source.url}`);
  runs.push('.');
  return runs;
}

function shortNote(source: CitationSource): Styled {
  const words = source.title.split(/\s+/);
  const short = words.length > 4 ? words.slice(0, 4).join(' ') : source.title;
  const first = source.authors[0];
  const title = quotedTitle(short, '.');
  if (!first) return [title];
  return [`${isLiteral(first) ? first.literal : first.family}${source.authors.length > 3 ? ' et al.' : ''}, ${title}`];
}

function bibliography(source: CitationSource): Styled {
  const runs: Styled = [];
  const date = source.issued ? longDate(source.issued) : `Accessed ${longDate(source.accessed)}`;
  if (source.authors.length) {
    runs.push(`${withoutFinalPeriod(bibliographyAuthors(source.authors))}. ${quotedTitle(source.title, '.')} `);
    if (source.site) runs.push(italic(source.site), ', ');
    runs.push(`${date}.`);
  } else if (source.kind === 'article') {
    // An unsigned news article is listed under the publication's name (14.207).
    runs.push(italic(source.site), `. ${quotedTitle(source.title, '.')} ${date}.`);
  } else {
    runs.push(`${quotedTitle(source.title, '.')} `);
    if (source.site) runs.push(italic(source.site), ', ');
    runs.push(`${date}.`);
  }
  if (source.url) runs.push(` ${source.url}.`);
  return runs;
}

export function formatChicago(card: QuoteCard): ChicagoCitation {
  const note = fullNote(card.source);
  return {
    note: secondarySpeaker(card) ? [`${displayName(card.speaker!)}, quoted in `, ...note] : note,
    shortNote: shortNote(card.source),
    bibliography: bibliography(card.source),
  };
}
