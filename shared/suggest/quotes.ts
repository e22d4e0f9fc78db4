/**
 * The quote finder: quoted speech in an article and who said it (issue 8).
 *
 * Quotation marks are paired (quote-marks.ts); reporting verbs give speech
 * events (speech-events.ts); each quote takes the event that frames it (",
 * he said" after it, "Ms Hewitt said:" before it in the same sentence), or,
 * failing that, continues the last speaker of its paragraph or the one before.
 * Pronouns and roles then resolve to the last compatible named speaker.
 * Quoted titles and scare quotes are not speech and are left out.
 */
import type { EntityKind } from '../model';
import { nameAfter, ORGANIZATION_WORD, PERSON_ROLES, sentenceSubject, type SpeakerRef } from './noun-phrases';
import { findQuoteSpans, maskQuotes, paragraphsOf, type QuoteSpan } from './quote-marks';
import { findSpeechEvents, sentenceAt, sentenceStarts, type SpeechEvent } from './speech-events';

export type FoundSpeaker = { name: string; start: number; end: number };

export type FoundQuote = {
  start: number;
  end: number;
  text: string;
  speaker: FoundSpeaker | null;
  /** 0..1: how sure the finder is that this is speech and that the speaker is right. */
  confidence: number;
};

export type QuoteFinderOptions = {
  /** What the catalog knows a name to be; a state or organization is never "he" or "she". */
  kindOf?: (name: string) => EntityKind | undefined;
};

type Named = { ref: SpeakerRef; at: number };

/** Parties and bodies that speak as groups; never "he" or "she". */
const GROUP_NAME = /^(?:The )?(?:Tories|Conservatives|Democrats|Republicans|Liberals|Lib Dems|Greens|Nationalists|Unionists|Labour|Ministers|MPs|Peers|Lords|Police|Government|Kremlin|White House|Downing Street|Pentagon|Lib Dems|Dems)$|\b(?:Police|Standard|Times|Post|Guardian|Telegraph|Mail|Mirror|Sun|Express|Independent|BBC|News|Press|Reuters)$/;

const TITLE_CUE = /\b(?:film|movie|book|novel|album|song|single|show|series|programme|program|play|musical|opera|poem|documentary|titled|entitled|headlined|nicknamed|so-called|slogan|hashtag|operation|magazine|newspaper|exhibition|game|track|report|motto|campaign)(?:\s+of)?\s*,?\s*$/i;
// "Labour's election slogan will be: ...": a title announced with a copula.
const ANNOUNCED_TITLE_CUE = /\b(?:slogan|motto|headline|title|hashtag)s?\s+(?:is|was|will be|became)\s*:?\s*$/i;
// "known then as the 'Eton of the valleys'", "dubbed the '...'": a nickname, whatever its length.
const NICKNAME_CUE = /\b(?:known|dubbed|nicknamed)\s+(?:\p{Ll}+\s+)?(?:as\s+)?(?:the\s+|a\s+|an\s+)?$/iu;
const WEAK_TITLE_CUE = /\b(?:called|named|dubbed|known as|word|term|phrase|label)\s*$/i;
// "known as" names; a bare "as" after a speech verb ("described Arabs as '...'") quotes, unless what follows is a title.
const AS_CUE = /\bas\s*$/i;
const SMALL_WORDS = /^(?:of|the|a|an|and|or|in|on|at|to|for|with|by|from|is|de|la|le)$/i;

const ROLE_GROUPS = [
  ['president', 'leader', 'premier', 'prime', 'chancellor', 'king', 'queen', 'head'],
  ['minister', 'secretary'],
  ['chairman', 'chairwoman', 'chair', 'chief', 'boss', 'executive', 'director', 'founder', 'head'],
  ['manager', 'coach', 'boss'],
];
const SECOND_IN_LINE = /^(?:deputy|vice|shadow|acting|former|ex)$/;
const roleGroup = (role: string) => ROLE_GROUPS.findIndex((g) => g.includes(role));

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function isTitleCase(text: string): boolean {
  const ws = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const significant = ws.filter((w) => !SMALL_WORDS.test(w));
  return ws.length >= 2 && significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?,;]$/.test(text.trim());
}

/** Verbs that only report speech, and verbs of agreeing or believing that may sit inside what was reported. */
const CORE_VERB = /^(?:says?|said|told|tells|added|adds|insisted|argued|warned|stressed|explained|declared|stated|wrote|writes)$/;
const NOT_SPEAKING = /^(?:agreed|agrees|believes|thinks|pledged|promised|vowed)$/;

/** The event that frames a quote: right after it (", he said"), else before it in its sentence. */
function framingEvent(q: QuoteSpan, events: SpeechEvent[], masked: string, starts: number[]): SpeechEvent | null {
  const after = sentenceAt(starts, q.close + 1, masked.length);
  const tail = events.find((e) => e.verbStart > q.close && e.verbStart < Math.max(after.end, q.close + 2));
  if (tail) {
    const from = tail.speaker && tail.speaker.start < tail.verbStart ? tail.speaker.start : tail.verbStart;
    // Only punctuation and at most an auxiliary between the quote and its verb (", he said", ", a déclaré X"),
    // or the job words of the name that follows (", former independent MP Martin Bell insisted").
    const gap = masked.slice(q.close + 1, from);
    const jobWords = tail.speaker?.type === 'name' && tail.speaker.roles.length > 0 && /^[”"’'»]*[\s,;:—–-]*(?:[\p{L}-]+\s+){1,4}$/u.test(gap);
    if (from > q.close && (/^[”"’'»]*[\s,;:—–-]*(?:(?:a|has|had|was|is|ont|hat|hatte)\s+)?$/u.test(gap) || jobWords)) return tail;
  }
  const sentence = sentenceAt(starts, q.open, masked.length);
  const lead = events.filter((e) => e.verbEnd <= q.open && e.verbStart >= sentence.start);
  // "She said the plan was agreed by officials '...'": a passive names nobody; the reporter does.
  // "Mr Straw said the US had agreed to it after '...'": a verb inside what was said is not the reporting one.
  const withSpeaker = lead.filter((e) => e.speaker);
  const outer = withSpeaker.find((e) => CORE_VERB.test(masked.slice(e.verbStart, e.verbEnd)));
  const inner = withSpeaker[withSpeaker.length - 1];
  const reporter = (outer && inner && NOT_SPEAKING.test(masked.slice(inner.verbStart, inner.verbEnd)) ? outer : inner) ?? lead[lead.length - 1];
  return reporter ?? closingClause(events, masked, q.close, sentence.end);
}

/**
 * "The law is 'so poorly drafted' nobody can enforce it, MPs say.": a reporting
 * clause that closes the sentence after a comma covers everything before it.
 */
function closingClause(events: SpeechEvent[], masked: string, after: number, sentenceEnd: number): SpeechEvent | null {
  const last = events.findLast((e) => e.verbStart > after && e.verbStart < sentenceEnd);
  if (!last?.speaker) return null;
  const clauseStart = Math.min(last.speaker.start, last.verbStart);
  const rest = masked.slice(last.verbEnd, sentenceEnd);
  const closes = /^[^,;:"“”«»]{0,30}[.!?]?["”’']*\s*$/u.test(rest);
  // A modifier or two may precede the speaker: ", pro-hunt MPs say".
  return closes && /,\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(masked.slice(after, clauseStart)) ? last : null;
}

/** "Richard Thomas “totally condemned” the deletion": a name opening the sentence right before the quote. */
function subjectRightBefore(q: QuoteSpan, masked: string, starts: number[]): SpeakerRef | null {
  const sentence = sentenceAt(starts, q.open, masked.length);
  const lead = masked.slice(sentence.start, q.open);
  const m = /^((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\s*:?\s*$/u.exec(lead);
  // "The 'worst thing in politics' was...": an article or opener is not a name.
  if (!m || /^(?:The|A|An|This|That|These|Those|It|But|And|So|Yet|Then|Now|Its|His|Her|Their|Our)$/.test(m[1]!)) return null;
  return { type: 'name', text: m[1]!, start: sentence.start, end: sentence.start + m[1]!.length, roles: [], gender: null };
}

/**
 * "The report was welcomed by shadow pensions secretary David Willetts.": the
 * agent is who the next "he" means, unless someone speaks in that sentence
 * ("she said the plan was agreed by an adviser").
 */
function passiveAgents(masked: string, starts: number[], events: SpeechEvent[]): (SpeakerRef | null)[] {
  return [...masked.matchAll(/\b(?:was|were|been)\s+(?:\p{L}+ly\s+)?\p{Ll}+ed\s+by\s+/gu)].map((m) => {
    const from = m.index + m[0].length;
    const sentence = sentenceAt(starts, from, masked.length);
    if (events.some((e) => e.speaker && e.verbStart >= sentence.start && e.verbStart < sentence.end)) return null;
    return nameAfter(masked, from, sentence.end);
  });
}

function opensSentence(q: QuoteSpan, masked: string, starts: number[]): boolean {
  return /^[\s"“”'‘’«»„—–-]*$/u.test(masked.slice(sentenceAt(starts, q.open, masked.length).start, q.open));
}

type Resolver = {
  resolve(ref: SpeakerRef, at: number): Named | null;
  /** A speaker: names are what "he", "she" and roles refer back to; described people only pronouns. */
  remember(named: Named): void;
};

/**
 * `sentenceSubjects` lists the people that open sentences without speaking
 * ("Jack Straw has attacked...", "A Home Office spokesman defended..."); it is
 * read the first time a pronoun or a role needs it, so most articles without
 * one never pay for it.
 */
function resolver(options: QuoteFinderOptions, sentenceSubjects: () => Named[]): Resolver {
  const named: Named[] = [];
  let mentionedCache: Named[] | null = null;
  const mentioned = () => (mentionedCache ??= sentenceSubjects());
  const describedSpeakers: Named[] = [];
  /** Described speakers that are not people: "the committee", "the report". */
  const bodies: Named[] = [];
  const isPersonLike = (n: Named) => {
    // "The SNP's parliamentary leader": a described person, whatever the possessor.
    if (n.ref.type === 'role') return PERSON_ROLES.has(n.ref.roles[0] ?? '');
    // Parties, papers, forces and other bodies: never "he" or "she".
    if (GROUP_NAME.test(n.ref.text) || ORGANIZATION_WORD.test(n.ref.text) || /[’']s\b/.test(n.ref.text)) return false;
    if (/^\p{Lu}{2,}$/u.test(n.ref.text)) return false; // "The RAC": an acronym is a body
    const kind = options.kindOf?.(n.ref.text);
    return kind === undefined || kind === 'person';
  };
  return {
    remember: (n) => {
      if (n.ref.type === 'name') named.push(n);
      else if (n.ref.type === 'role' && !PERSON_ROLES.has(n.ref.roles[0] ?? '')) bodies.push(n);
      else if (n.ref.type === 'role') {
        const head = n.ref.roles[0]!;
        describedSpeakers.push({ ...n, ref: { ...n.ref, gender: /woman$/.test(head) ? 'f' : /man$/.test(head) ? 'm' : null } });
      }
    },
    resolve(ref, at) {
      if (ref.type === 'name') return { ref, at };
      if (ref.type === 'role') return resolveRole(ref, at);
      // "It said": the latest body that spoke ("The committee said... It added:").
      if (/^it$/i.test(ref.text)) return [...named, ...bodies].filter((n) => n.at < at && !isPersonLike(n)).sort((a, b) => b.at - a.at)[0] ?? null;
      if (!/^(?:he|she)$/i.test(ref.text)) return null;
      const gender = /^she$/i.test(ref.text) ? 'f' : 'm';
      const fits = (n: Named) => isPersonLike(n) && (n.ref.gender === null || n.ref.gender === gender);
      // The latest fitting person, speaker or sentence subject: "Mr Davis echoed the
      // criticism. '...,' he said" is Mr Davis, whoever spoke before him.
      // "A Labour spokesman denied it. '...,' he said": a described speaker counts too.
      const before = named.filter((n) => n.at < at);
      const speakers = [...before, ...describedSpeakers.filter((n) => n.at < at), ...mentioned().filter((n) => n.at < at)];
      const found = speakers.sort((a, b) => b.at - a.at).find(fits);
      if (found && found.ref.gender === null) found.ref.gender = gender;
      // "The Liberal Democrat leader will visit... He will say": the description's holder, if named.
      return (found?.ref.type === 'role' ? resolveRole(found.ref, found.at) : null) ?? found ?? null;
    },
  };

  function resolveRole(ref: SpeakerRef, at: number): Named | null {
    // "a spokesman said": someone new, not whoever held the title before.
    if (/^(?:a|an|one)\s/i.test(ref.text)) return null;
    const role = ref.roles[0] ?? '';
    const group = roleGroup(role);
    // A role resolves to a name, never to another description.
    const all = [...named, ...mentioned()].filter((n) => n.at < at && n.ref.type === 'name').sort((a, b) => b.at - a.at);
    // A deputy or shadow holds another post: "Deputy Mayor Nicky Gavron" is not "the mayor".
    const qualifier = (n: Named) => n.ref.roles.find((r) => SECOND_IN_LINE.test(r));
    const fitsRole = (n: Named) => !qualifier(n) || ref.text.toLowerCase().includes(qualifier(n)!);
    const sameRole = all.find((n) => fitsRole(n) && (n.ref.roles.includes(role) || (group >= 0 && n.ref.roles.some((r) => roleGroup(r) === group))));
    if (sameRole || group < 0) return sameRole ?? null;
    // "The minister told delegates": a leader-like role with no named holder yet
    // is most likely the person the article is about, if one was named just before.
    const recent = all.find(isPersonLike);
    return recent && at - recent.at < 1500 && recent.ref.roles.every((r) => roleGroup(r) < 0 || roleGroup(r) === group) ? recent : null;
  }
}

function speakerOf(named: Named | null, ref: SpeakerRef | null): FoundSpeaker | null {
  if (named) return { name: named.ref.text, start: named.ref.start, end: named.ref.end };
  // An unresolved role ("a Cabinet Office spokeswoman") is still who spoke.
  if (ref?.type === 'role') return { name: ref.text, start: ref.start, end: ref.end };
  return null;
}

export function findQuotes(text: string, options: QuoteFinderOptions = {}): FoundQuote[] {
  const spans = findQuoteSpans(text);
  const masked = maskQuotes(text, spans);
  const starts = sentenceStarts(masked);
  const events = findSpeechEvents(masked, starts);
  const paragraphs = paragraphsOf(text);
  const paragraphIndex = (at: number) => paragraphs.findIndex((p) => at >= p.start && at <= p.end);
  // A lone capitalised word opening a sentence ("Concessions on a bill...") is rarely a person:
  // a subject counts when it has two words or an honorific, or the catalog knows it.
  const looksLikePerson = (s: SpeakerRef) => /\s/.test(s.text) || s.gender !== null || options.kindOf?.(s.text) === 'person';
  const people = resolver(options, () =>
    [...starts.map((start) => sentenceSubject(masked, start, Math.min(masked.length, start + 160))), ...passiveAgents(masked, starts, events)]
      .filter((subject): subject is SpeakerRef => (subject?.type === 'name' && looksLikePerson(subject)) || (subject?.type === 'role' && PERSON_ROLES.has(subject.roles[0] ?? '')))
      .map((subject) => ({ ref: subject, at: subject.start }))
      .sort((a, b) => a.at - b.at),
  );
  // Speakers of events, in order, so that pronouns resolve to the latest one before them.
  for (const e of events) if (e.speaker) people.remember({ ref: e.speaker, at: e.verbStart });

  const found: FoundQuote[] = [];
  let previous: { speaker: FoundSpeaker; paragraph: number; at: number } | null = null;
  for (const q of spans) {
    const content = text.slice(q.start, q.end);
    const words = wordCount(content);
    const event = framingEvent(q, events, masked, starts);
    const direct = event?.speaker ?? subjectRightBefore(q, masked, starts);
    const before = masked.slice(Math.max(0, q.open - 40), q.open);
    // A title starts with a capital; "a campaign 'which is upbeat...'" goes on with the sentence.
    const continuesSentence = /^\p{Ll}/u.test(content) && words > 3;
    if ((TITLE_CUE.test(before) && !continuesSentence) || ANNOUNCED_TITLE_CUE.test(before) || NICKNAME_CUE.test(before) || (WEAK_TITLE_CUE.test(before) && (words <= 3 || isTitleCase(content)))) continue;
    if (AS_CUE.test(before) && (isTitleCase(content) || (!direct && words <= 3))) continue;
    if (!direct && (words <= 3 || isTitleCase(content))) continue; // a scare quote or a name, not speech
    // One or two words ("shambles", "magic bullet") are a term held at arm's length, even with a speaker
    // nearby; only a sentence of their own ("Never," he said) is speech.
    const ownSentence = opensSentence(q, masked, starts) || /:\s*$/.test(before);
    if (words <= 2 && !(ownSentence && /[.,!?]$/.test(content))) continue;
    if (words === 0 || (q.kind === 'single' && !direct && words < 6)) continue;

    const at = event?.verbStart ?? q.open;
    const resolved = direct ? people.resolve(direct, at) : null;
    let speaker = speakerOf(resolved, direct);
    let confidence = !direct ? 0.5 : direct.type === 'name' ? 0.9 : resolved ? 0.85 : 0.7;
    const paragraph = paragraphIndex(q.open);
    const lastEvent = [...events].reverse().find((e) => e.verbEnd <= q.open && e.speaker);
    if (!direct && opensSentence(q, masked, starts)) {
      // No verb of its own, and a sentence of its own: it continues whoever spoke last nearby.
      const lastNamed = lastEvent?.speaker ? speakerOf(people.resolve(lastEvent.speaker, lastEvent.verbStart), lastEvent.speaker) : null;
      const candidates: { speaker: FoundSpeaker; at: number; paragraph: number }[] = [
        previous && { speaker: previous.speaker, at: previous.at, paragraph: previous.paragraph },
        lastNamed && lastEvent && { speaker: lastNamed, at: lastEvent.verbStart, paragraph: paragraphIndex(lastEvent.verbStart) },
      ].filter((c): c is NonNullable<typeof c> => !!c && paragraph - c.paragraph <= 1);
      const latest: (typeof candidates)[number] | undefined = candidates.sort((a, b) => b.at - a.at)[0];
      if (latest) {
        speaker = latest.speaker;
        confidence = 0.7;
      }
    }
    if (speaker) {
      previous = { speaker, paragraph: paragraphIndex(q.close), at: q.close };
    }
    found.push({ start: q.start, end: q.end, text: content, speaker, confidence: q.unclosed ? confidence - 0.1 : confidence });
  }
  return found;
}
