/**
 * Finds every catalog name and alias in a text: the known-entity half of the
 * suggestions (issue 8), and what turns a speaker's name into an entity.
 *
 * Both texts and aliases are cut into word tokens (runs of Unicode letters,
 * marks and digits), so word boundaries hold in any script, and aliases go into
 * a trie of folded tokens built once per catalog. Matching walks the trie from
 * each token, keeps the longest alias that fits, and jumps past it: linear in
 * the text for any realistic alias length. Offsets are the original text's,
 * because tokens keep theirs; folding never has to be mapped back.
 *
 * Case: names match in any case ("putin"), but acronyms must look like
 * acronyms. "START" is the treaty, "start talks" is not; "US" is a state, "us"
 * a pronoun. An all-caps token of an alias therefore matches only in capitals,
 * or, for four letters and more, in the title case some papers use ("Nato")
 * anywhere but at a sentence start, where "Start" is just a capitalised word.
 *
 * Places: "Latin America" is not America, nor "South Korea" Korea. A state's
 * alias right after a place-forming word (North, South, Latin, New...) is
 * part of a longer place the catalog does not know, and is not a match; the
 * catalog's own longer names ("North Korea") still match, longest first.
 *
 * Russian declines names: "России", "Россией" and "Путина" are "Россия" and
 * "Путин". A Cyrillic alias word of four letters or more also matches its stem
 * plus one of the common case endings.
 */
import type { EntityKind } from '../model';
import { foldText } from '../text/fold';

export type CatalogEntry = { id: string; kind: EntityKind; name: string; aliases: readonly string[] };

export type AliasMatch = { entityId: string; start: number; end: number; text: string; alias: string };

export type AliasMatcher = {
  /** Every alias occurrence, left to right, longest first, not overlapping. */
  match(text: string): AliasMatch[];
  entry(id: string): CatalogEntry | undefined;
};

type Token = { start: number; end: number; text: string };
/** Trie keys for the stem of a declinable word, kept apart from whole words. */
const STEM = '\u0000';
type Terminal = { entityId: string; alias: string; shapes: (string | null)[] };
type TrieNode = { next: Map<string, TrieNode>; terminals: Terminal[] };

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
// Case endings -ой -ей -ом -ым -а -у -е -ы -и -ю -я as folding leaves them (й loses its breve),
// two letters first so that "Россией" is read as "Росси" + "ей", not "Россие" + "и".
// -ым is the instrumental of surnames in -ин and -ов ("Путиным").
const CASE_ENDINGS = ['ои', 'еи', 'ом', 'ым', 'а', 'у', 'е', 'ы', 'и', 'ю', 'я'];
/** Words that make a longer place of the state name after them. */
const PLACE_MODIFIER = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Latin|New|Upper|Lower|Greater|Outer|Inner)$/;
const MARKS = /\p{M}+/gu;
// ASCII words are the common case; foldText's normalisation is only needed beyond it.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return tokens;
}

function fold(word: string): string {
  return PLAIN_ASCII.test(word) ? word.toLowerCase() : foldText(word);
}

/** The token with accents removed but case kept: what an acronym is compared by. */
function shape(word: string): string {
  return PLAIN_ASCII.test(word) ? word : word.normalize('NFKD').replace(MARKS, '').normalize('NFC');
}

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Per alias token: the exact shape it must have (an acronym), or null for any case. */
function caseShapes(tokens: Token[]): (string | null)[] {
  const letters = tokens.map((t) => t.text).join('');
  const wholeAcronym = isAllCaps(letters) && letters.replace(/\P{L}/gu, '').length <= 6;
  return tokens.map((t) => (wholeAcronym || (isAllCaps(t.text) && t.text.replace(/\P{L}/gu, '').length >= 2) ? shape(t.text) : null));
}

function isSentenceStart(text: string, token: Token, previous: Token | undefined): boolean {
  if (!previous) return true;
  const gap = text.slice(previous.end, token.start);
  return /[.!?:\n"“”«»„]/.test(gap);
}

function shapeFits(expected: string, actual: string, sentenceStart: boolean): boolean {
  if (actual === expected) return true;
  const titleCase = expected.length >= 4 && actual === expected[0] + expected.slice(1).toLowerCase();
  return titleCase && !sentenceStart;
}

/** "Россия" -> "росси", "Путин" -> "путин": what its case forms share; null for words that do not decline here. */
function stemOf(folded: string): string | null {
  if (!CYRILLIC_WORD.test(folded) || folded.length < 4) return null;
  return /[аяоеьиы]$/.test(folded) ? folded.slice(0, -1) : folded;
}

/** Stems a declined text word could have: "россиеи" (Россией folded) -> "росси", "путина" -> "путин". */
function stemsOfDeclined(folded: string): string[] {
  if (!CYRILLIC_WORD.test(folded)) return [];
  return CASE_ENDINGS.filter((e) => folded.length - e.length >= 3 && folded.endsWith(e)).map((e) => folded.slice(0, -e.length));
}

/** Between two tokens of one alias: a space, hyphen, dot or apostrophe, never a line break. */
function joinsAlias(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 2 && /^[\s\-‐‑–.'’]*$/u.test(gap) && !gap.includes('\n');
}

export function buildAliasMatcher(catalog: readonly CatalogEntry[]): AliasMatcher {
  const root: TrieNode = { next: new Map(), terminals: [] };
  const byId = new Map<string, CatalogEntry>();
  for (const entry of catalog) {
    byId.set(entry.id, entry);
    for (const alias of new Set([entry.name, ...entry.aliases])) {
      const tokens = tokenize(alias);
      if (tokens.length === 0) continue;
      const shapes = caseShapes(tokens);
      const keys = tokens.map((t) => fold(t.text));
      // Every combination of whole words and stems: "Владимир Путин" also as "Владимира Путина".
      let nodes = [root];
      for (const key of keys) {
        const stem = stemOf(key);
        nodes = nodes.flatMap((node) => [key, ...(stem ? [STEM + stem] : [])].map((k) => childOf(node, k)));
      }
      for (const node of nodes) {
        if (!node.terminals.some((t) => t.entityId === entry.id)) node.terminals.push({ entityId: entry.id, alias, shapes });
      }
    }
  }

  function childOf(node: TrieNode, key: string): TrieNode {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map(), terminals: [] }));
    return child;
  }

  /** The node a text word leads to: the whole word, else a declined form of a stem. */
  function step(node: TrieNode, folded: string): TrieNode | undefined {
    const whole = node.next.get(folded);
    if (whole) return whole;
    for (const stem of stemsOfDeclined(folded)) {
      const declined = node.next.get(STEM + stem);
      if (declined) return declined;
    }
    return undefined;
  }

  function match(text: string): AliasMatch[] {
    const tokens = tokenize(text);
    const folded = tokens.map((t) => fold(t.text));
    const out: AliasMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: { last: number; terminals: Terminal[] } | null = null;
      for (let j = i; j < tokens.length; j++) {
        if (j > i && !joinsAlias(text, tokens[j - 1]!, tokens[j]!)) break;
        node = step(node, folded[j]!);
        if (!node) break;
        const fitting = node.terminals.filter((t) => fitsCase(t, i));
        if (fitting.length) best = { last: j, terminals: fitting };
      }
      if (!best || partOfLongerPlace(best.terminals)) {
        i = best ? best.last + 1 : i + 1;
        continue;
      }
      const start = tokens[i]!.start;
      const tokenEnd = tokens[best.last]!.end;
      for (const t of best.terminals) {
        // "U.S." keeps its final dot, which is punctuation to the tokenizer.
        const end = t.alias.endsWith('.') && text[tokenEnd] === '.' ? tokenEnd + 1 : tokenEnd;
        out.push({ entityId: t.entityId, start, end, text: text.slice(start, end), alias: t.alias });
      }
      i = best.last + 1;
    }
    return out;

    function partOfLongerPlace(terminals: Terminal[]): boolean {
      const previous = tokens[i - 1];
      if (!previous || !PLACE_MODIFIER.test(previous.text) || text.slice(previous.end, tokens[i]!.start) !== ' ') return false;
      return terminals.every((t) => byId.get(t.entityId)?.kind === 'state');
    }

    function fitsCase(terminal: Terminal, first: number): boolean {
      return terminal.shapes.every((expected, k) => {
        if (expected === null) return true;
        const token = tokens[first + k]!;
        return shapeFits(expected, shape(token.text), isSentenceStart(text, token, tokens[first + k - 1]));
      });
    }
  }

  return { match, entry: (id) => byId.get(id) };
}
