/**
 * Speech events: every reporting verb in the narrative ("said", "told",
 * "according to"...) with whoever it says is speaking. Quotes are attributed
 * to the event next to them; events without a quote still matter, because
 * "he said" two paragraphs later means the last person who said something.
 */
import { nameAfter, sentenceSubject, subjectBefore, type SpeakerRef } from './noun-phrases';

export type SpeechEvent = { verbStart: number; verbEnd: number; speaker: SpeakerRef | null };

// Lower-case only: "States" and "Note" are not verbs. Bare "claim", "note",
// "state", "promise" are left out as they are mostly nouns in news.
const VERBS = [
  'says?', 'said', 'saying', 'adds?', 'added', 'adding', 'tells?', 'told', 'telling', 'warns?', 'warned', 'warning',
  'stress(?:es|ed)?', 'noted', 'noting', 'insist(?:s|ed|ing)?', 'argu(?:es|ed|ing)', 'explain(?:s|ed|ing)?', 'writes',
  'wrote', 'ask(?:s|ed)', 'repl(?:ies|ied)', 'declar(?:es|ed|ing)', 'stated', 'announc(?:es|ed|ing)', 'claimed',
  'commented', 'remarked', 'admit(?:s|ted)', 'acknowledged', 'suggested', 'predicted', 'urged?', 'urges', 'concluded',
  'confirmed', 'recalled', 'complained', 'maintain(?:s|ed)', 'agreed', 'observed', 'asserted', 'tweeted', 'vowed',
  'pledged', 'promised', 'confess(?:es|ed)', 'revealed', 'recalls', 'asserts', 'acknowledges', 'suggests', 'concedes',
  'confirms', 'predicts', 'complains', 'agrees', 'maintains', 'contends', 'contended', 'recounted', 'recounts', 'denied',
  'denies', 'branded', 'dismissed', 'rejected', 'responded', 'countered', 'cautioned', 'conceded', 'boasted', 'joked', 'quipped', 'continued',
  'reiterated', 'emphasi[sz]ed', 'described', 'accused', 'condemned', 'critici[sz]ed', 'insisted', 'reported',
  'point(?:s|ed)? out', 'according to', 'believes', 'thinks', 'shout(?:s|ed)', 'yell(?:s|ed)', 'scream(?:s|ed)', 'chant(?:s|ed)',
  // Naming verbs quote the name given: "calling it an 'early Christmas present'", "referred to them as '...'".
  'calling', 'called', 'calls', 'describing', 'referred to', 'refers to',
  // A few other languages' commonest ones, for quotes clipped from French, German and Russian papers.
  'déclaré', 'dit', 'affirmé', 'ajouté', 'souligné', 'estimé', 'sagte', 'erklärte', 'betonte', 'заявил[аи]?', 'сказал[аи]?',
  'отметил[аи]?', 'подчеркнул[аи]?', 'добавил[аи]?',
];
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${VERBS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

const SAY_AS_NOUN = /(?:\b(?:a|the|any|no|more|greater|bigger|final|real|its|their|his|her|our|my|your|equal|last|own|repeated|renewed|fresh|growing|mounting|similar|these|those)|[’']s)\s+$/i;

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:(?:\p{L}+ly|first|then|also|later|never|not|now|just|once)\s+)?$/iu;

/** Verbs whose object is the listener, so a name after them is not the speaker. */
const ADDRESSEE_VERB = /^(?:tell|told|ask|urge|warn|accus|describ|criticis|criticiz|condemn)/;

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;

/** Offsets where sentences start, read from masked text (quotes blanked). */
export function sentenceStarts(masked: string): number[] {
  const starts = [0];
  // Quoted words are masked to "x", so an opening mark after a full stop starts a sentence by itself.
  const boundary = /[.!?]+["”’'»]*\s+(?=["“‘'«„]|[\p{Lu}\p{N}])|\n+/gu;
  for (const m of masked.matchAll(boundary)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(masked.slice(Math.max(0, m.index - 12), m.index))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

export function sentenceAt(starts: readonly number[], at: number, length: number): { start: number; end: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo]!, end: starts[lo + 1] ?? length };
}

export function findSpeechEvents(masked: string, starts: readonly number[]): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  for (const m of masked.matchAll(VERB)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    // "a greater say", "the final say": the noun, not the verb.
    // "his party's calls", "renewed calls": the noun too.
    if (/^(?:says?|calls)$/.test(m[0]) && SAY_AS_NOUN.test(masked.slice(Math.max(0, verbStart - 12), verbStart))) continue;
    const sentence = sentenceAt(starts, verbStart, masked.length);
    // "He had been told", "the plan was agreed": a passive's subject heard or was the
    // thing said; who spoke is not written here.
    if (/(?:ed|told|said)$/.test(m[0]) && PASSIVE_BEFORE.test(masked.slice(Math.max(sentence.start, verbStart - 24), verbStart))) {
      events.push({ verbStart, verbEnd, speaker: null });
      continue;
    }
    // A participle ("..., saying") has the sentence's subject, whatever stands just before it.
    const participle = m[0].endsWith('ing');
    // ", said Mr Straw." inverts: the name after the verb beats whatever ends the clause before it.
    const inverted = !participle && !ADDRESSEE_VERB.test(m[0]) && /,\s*$/.test(masked.slice(sentence.start, verbStart));
    const after = inverted ? nameAfter(masked, verbEnd, sentence.end) : null;
    let speaker = participle ? null : (after ?? subjectBefore(masked, sentence.start, verbStart));
    if (m[0] === 'according to') speaker = nameAfter(masked, verbEnd, sentence.end) ?? null;
    // "noting the chief executive...": after a participle comes its object, not its subject.
    else if (!speaker && !participle && !ADDRESSEE_VERB.test(m[0])) speaker = nameAfter(masked, verbEnd, sentence.end);
    // A participle, an infinitive or a second verb ("..., saying", "used a speech to say", "but said")
    // shares the sentence's subject.
    const infinitive = /\bto\s+$/.test(masked.slice(Math.max(sentence.start, verbStart - 4), verbStart));
    if (infinitive) speaker = null;
    if (!speaker && m[0] !== 'according to' && (participle || infinitive || /^\s*$|,\s*$|\b(?:and|but|before|after|while|by)\s*$/.test(masked.slice(sentence.start, verbStart).slice(-12)))) {
      const subject = sentenceSubject(masked, sentence.start, verbStart);
      if (subject && subject.end < verbStart) speaker = subject;
    }
    events.push({ verbStart, verbEnd, speaker });
  }
  return events;
}
