/**
 * New-entity candidates: names in a clip that the catalog does not know yet,
 * typed by the words around them. "President X" and "Mr X" are people, "the X
 * Treaty" a treaty, "the X Ministry" an organization. A capitalised word with
 * no such cue is not offered: at a sentence start it is just capitalised, and
 * elsewhere the notebook would fill with every place and product named.
 */
import type { EntityKind } from '../model';

export type Candidate = {
  name: string;
  kind: EntityKind;
  /** First occurrence. */
  start: number;
  end: number;
  /** The word that gave the kind away ("President", "Treaty", "speaker"...). */
  cue: string;
  occurrences: number;
};

type Span = { start: number; end: number };

const TITLE_WORD =
  /^(?:President|Premier|Minister|Senator|Sen|Chancellor|Secretary|Governor|General|Gen|Ambassador|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Professor|Prof|Judge|Mayor|King|Queen|Prince|Princess|Pope|Rep|Representative|Congressman|Congresswoman|Commissioner|Spokesman|Spokeswoman|Admiral|Colonel|Captain|MP|MEP|MSP)$/;
const LOWER_TITLE_BEFORE = /\b(spokesman|spokeswoman|leader|chairman|chairwoman|minister|secretary|president|chancellor|director|envoy|ambassador|adviser|advisor|chief)\s+$/;
const TREATY_WORD = /^(?:Treaty|Agreement|Convention|Accord|Accords|Pact|Protocol|Memorandum|Charter)$/;
const ORGANIZATION_WORD =
  /^(?:Ministry|Council|Agency|Organization|Organisation|Commission|Committee|Department|Office|Bank|Union|Association|Party|Institute|Foundation|Authority|Court|Parliament|Assembly|Alliance|Corporation|Service|Administration|Federation|Fund|Forum|Group)$/;
const ORGANIZATION_BEFORE = /\b(?:newspaper|agency|company|firm|group|broadcaster|channel|organisation|organization|party|paper|magazine)\s+$/;
// Small words allowed inside a name run: "Treaty on the Non-Proliferation of Nuclear Weapons", "Corriere della Sera".
const CONNECTOR = /^(?:of|on|the|for|de|della|del|di|da|du|la|le|von|van|der|al)$/;
// Capitalised only because they open a sentence or a clause.
const LEADING_FILLER = /^(?:The|A|An|But|And|Or|However|In|On|At|For|With|By|From|As|If|When|While|After|Before|This|That|Its|His|Her|Their)$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$|^\p{Lu}*\d+\p{Lu}*$/u;

type Run = { start: number; end: number; words: string[]; sentenceStart: boolean };

/** Runs of capitalised words, joined by single spaces and small connectors, not across punctuation. */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  const word = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
  let current: (Run & { pendingConnectors: string[]; lastEnd: number }) | null = null;
  const flush = () => {
    if (current && current.words.length) runs.push({ start: current.start, end: current.end, words: current.words, sentenceStart: current.sentenceStart });
    current = null;
  };
  for (const m of text.matchAll(word)) {
    const w = m[0].replace(/[’']s$|\.$/, '');
    const start = m.index;
    const gap = current ? text.slice(current.lastEnd, start) : '';
    if (current && !/^ $/.test(gap)) flush();
    if (NAME_WORD.test(w) && !(current === null && LEADING_FILLER.test(w))) {
      if (!current) {
        const before = text.slice(Math.max(0, start - 3), start);
        current = { start, end: start + w.length, words: [], sentenceStart: start === 0 || /[.!?:"“”«»\n]\s*$/.test(before), pendingConnectors: [], lastEnd: start };
      }
      current.words.push(...current.pendingConnectors, w);
      current.pendingConnectors = [];
      current.end = start + w.length;
      current.lastEnd = start + m[0].length;
      if (w !== m[0] && /[’']s$/.test(m[0])) flush(); // a possessive ends the name
      // A full stop ends the sentence and the name ("Heizo Takenaka. But"), initials aside ("George W. Bush").
      else if (m[0].endsWith('.') && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr)\.$/u.test(m[0])) flush();
    } else if (current && CONNECTOR.test(w)) {
      current.pendingConnectors.push(w);
      current.lastEnd = start + m[0].length;
    } else flush();
  }
  flush();
  return runs;
}

/** Words naming a department rather than a person, after a title and "of": "Secretary of State", "Minister of Foreign Affairs". */
const DEPARTMENT_WORD =
  /^(?:State|Foreign|Affairs|Defence|Defense|Health|Education|Home|Justice|Interior|Finance|Trade|Commerce|Energy|Labor|Labour|Transport|Treasury|Environment|Agriculture|Culture|Economy|Economic|Industry|War|Veterans|Homeland|Security|Internal|External|Public|Works|Development|International|Housing|Communities|Employment|Pensions|Science|Technology|Information|Emergency|Situations)$/;

/**
 * The person in what follows a title: "of State Antony Blinken" -> "Antony Blinken".
 * A candidate never starts with a lower-case function word.
 */
function personAfterTitle(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (/^(?:of|for|on|the)$/.test(words[i]!) || (i > 0 && DEPARTMENT_WORD.test(words[i]!)))) i++;
  return words.slice(i);
}

/**
 * A person's name as offered: it stops at "of", "on", "for" or "the" ("Orin Middleton of
 * Barclays Capital", "Gordon Brown on Friday") unless a peerage goes on ("Lord Roberts of
 * Conwy"); a bare title or an acronym ("Secretary", "OECD") is nobody.
 */
function personName(found: string): string | null {
  const name = /^(?:Lord|Lady|Baron|Baroness|Archbishop|Bishop|Duke|Duchess|Earl|Prince|Princess|King|Queen)\s/.test(found)
    ? found
    : found.replace(/\s+(?:of|on|for|the)\s[\s\S]*$/, '');
  return TITLE_WORD.test(name) || /^\p{Lu}{2,}$/u.test(name) ? null : name;
}

/** Dates are not part of a body's name: "October 1989 the Court of Appeal", "Magistrates' Court on 21 December". */
function organizationName(found: string): string {
  return found
    .replace(/^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d+\s+)+(?:the\s+)?/, '')
    .replace(/\s+on\s+\d[\s\S]*$/, '');
}

function typeOf(text: string, run: Run): { kind: EntityKind; cue: string; words: string[]; start: number } | null {
  const treatyAt = run.words.findIndex((w) => TREATY_WORD.test(w));
  if (treatyAt >= 0 && run.words.length > 1) return { kind: 'treaty', cue: run.words[treatyAt]!, words: run.words, start: run.start };
  const orgWord = run.words.find((w) => ORGANIZATION_WORD.test(w));
  if (orgWord && run.words.length > 1) return { kind: 'organization', cue: orgWord, words: run.words, start: run.start };
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  if (ORGANIZATION_BEFORE.test(before)) return { kind: 'organization', cue: ORGANIZATION_BEFORE.exec(before)![0].trim(), words: run.words, start: run.start };
  // The title may be inside the run ("Russian President Vladimir Putin") or just before it ("chairman Alan Beith").
  const lastTitle = run.words.findLastIndex((w, k) => k < run.words.length - 1 && TITLE_WORD.test(w));
  if (lastTitle >= 0) {
    const words = personAfterTitle(run.words.slice(lastTitle + 1));
    if (words.length === 0) return null;
    // Search from the title word on: the name is after it, never inside an earlier word.
    const titleAt = text.indexOf(run.words[lastTitle]!, run.start);
    return { kind: 'person', cue: run.words[lastTitle]!, words, start: text.indexOf(words[0]!, titleAt + run.words[lastTitle]!.length) };
  }
  const titleBefore = LOWER_TITLE_BEFORE.exec(before);
  if (titleBefore && !run.sentenceStart) return { kind: 'person', cue: titleBefore[1]!, words: run.words, start: run.start };
  return null;
}

export function findCandidates(text: string, known: readonly Span[], speakers: readonly { name: string; start: number; end: number }[]): Candidate[] {
  const overlapsKnown = (start: number, end: number) => known.some((k) => k.start < end && start < k.end);
  const byName = new Map<string, Candidate>();
  const add = (found: string, kind: EntityKind, foundAt: number, cue: string) => {
    const name = kind === 'person' ? personName(found) : kind === 'organization' ? organizationName(found) : found;
    if (name === null) return;
    const start = foundAt + found.indexOf(name);
    const end = start + name.length;
    // "of State Antony Blinken" is never a name: a candidate starts with a capital.
    if (overlapsKnown(start, end) || name.length < 2 || !/^[\p{Lu}\p{N}]/u.test(name)) return;
    const key = `${kind}:${name.toLowerCase()}`;
    const existing = byName.get(key);
    if (existing) existing.occurrences++;
    else byName.set(key, { name, kind, start, end, cue, occurrences: 1 });
  };
  for (const run of capitalisedRuns(text)) {
    const typed = typeOf(text, run);
    if (!typed) continue;
    add(text.slice(typed.start, run.end), typed.kind, typed.start, typed.cue);
  }
  for (const s of speakers) {
    // A speaker named by the quote finder is a person, unless it is a role ("a spokesman").
    if (/^\p{Lu}/u.test(s.name) && !/^(?:The|A|An)\s/.test(s.name)) add(s.name, 'person', s.start, 'speaker');
  }
  // Someone titled once ("Mr Thomas") and fully named elsewhere is one candidate: keep the fuller name.
  const people = [...byName.values()].filter((c) => c.kind === 'person');
  for (const c of people) {
    const surname = c.name.split(' ').pop()!;
    const fuller = people.find((o) => o !== c && o.name.length > c.name.length && o.name.endsWith(` ${surname}`));
    if (fuller && /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.? \S+$|^\S+$/.test(c.name)) {
      fuller.occurrences += c.occurrences;
      byName.delete(`person:${c.name.toLowerCase()}`);
    }
  }
  return [...byName.values()].sort((a, b) => a.start - b.start);
}
