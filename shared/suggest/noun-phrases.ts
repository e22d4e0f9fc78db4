/**
 * Who is doing the saying: the noun phrase next to a reporting verb, read
 * without a parser. News attribution is formulaic enough ("Mr Smith said",
 * "said John Smith, the party's leader", "he told reporters", "the minister
 * added", "Russian President Vladimir Putin said") that a few patterns over
 * capitalised runs, pronouns and role nouns get most of it.
 */
import {
  APPOSITION,
  NOT_NAMES,
  ORGANIZATION_WORD,
  PARTICLES,
  PERSON_ROLES,
  TITLES,
  bare,
  isCapitalised,
  nameFrom,
  withText,
  words,
  type SpeakerRef,
  type Word,
} from './name-words';

export { ORGANIZATION_WORD, PERSON_ROLES, type SpeakerRef } from './name-words';

/** Words before a verb that say when or how, not who ("also", "later", "has", "Thursday"). */
const FILLERS = /^(?:also|later|then|first|has|have|had|did|does|do|was|is|were|would|will|could|might|may|previously|earlier|once|again|further|just|not|never|already|been|being|still|even|yesterday|today|reportedly|allegedly|subsequently|separately|himself|herself|too|however|meanwhile|to|alleged|reported|understood|believed|thought|quoted|said|once|often|recently)$/i;

/**
 * The subject ending right before `end` (a verb's start): a pronoun, a role
 * ("the minister", "a Cabinet Office spokeswoman"), or a name, looking past
 * fillers ("Putin also said") and an apposition ("David Frost, director
 * general of the BCC, warned").
 */
export function subjectBefore(text: string, from: number, end: number): SpeakerRef | null {
  const ws = words(text, from, end);
  let last = ws.length - 1;
  // An -ly word is an adverb ("quickly said") unless a determiner makes it a noun ("the assembly said").
  const adverb = (k: number) => /ly$/.test(ws[k]!.text) && !(k > 0 && DETERMINER.test(ws[k - 1]!.text));
  while (last >= 0 && (FILLERS.test(ws[last]!.text) || adverb(last)) && ws[last]!.text === ws[last]!.text.toLowerCase()) last--;
  if (last < 0) return null;
  // "Mr Barber, who said", "Secretary Tessa Jowell who said": a relative pronoun stands for the name before it.
  const relative = ws[last]!.text === 'who' && last > 0;
  if (relative && (/,\s*$/.test(text.slice(ws[last - 1]!.end, ws[last]!.start)) || isCapitalised(ws[last - 1]!.text))) {
    return appositive(text, ws.slice(0, last));
  }
  const gapAfter = text.slice(ws[last]!.end, last + 1 < ws.length ? ws[last + 1]!.start : end);
  if (APPOSITION.test(gapAfter)) return appositive(text, ws.slice(0, last + 1));
  if (!/^\s*$/.test(gapAfter)) return null;
  const direct = phraseEndingAt(text, ws.slice(0, last + 1));
  if (direct?.type !== 'name' || !ORGANIZATION_WORD.test(direct.text)) return direct;
  // "Colin Asplin, Blackpool Hotel Association said": the person before the organization spoke.
  const before = ws.slice(0, last + 1).filter((w) => w.end <= direct.start);
  const comma = before.length ? text.slice(before[before.length - 1]!.end, direct.start) : '';
  const person = /^,\s*$/.test(comma) ? phraseEndingAt(text, before) : null;
  return person?.type === 'name' && !ORGANIZATION_WORD.test(person.text) ? person : direct;
}

function phraseEndingAt(text: string, ws: Word[]): SpeakerRef | null {
  const lastWord = ws[ws.length - 1];
  if (!lastWord) return null;
  const w = lastWord.text;
  if (/^(?:he|she|He|She|it|It|they|They|I|we|We|I['’](?:d|m|ll|ve)|[Ww]e['’](?:d|re|ll|ve))$/.test(w)) {
    return { type: 'pronoun', text: w, start: lastWord.start, end: lastWord.end, roles: [], gender: null };
  }
  if (!isCapitalised(w)) return roleEndingAt(text, ws);
  if (NOT_NAMES.has(bare(w))) return null;
  let i = ws.length - 1;
  while (i > 0) {
    const prev = ws[i - 1]!;
    if (!/^ +$/.test(text.slice(prev.end, ws[i]!.start))) break;
    if (isCapitalised(prev.text) || (PARTICLES.has(prev.text) && i > 1 && isCapitalised(ws[i - 2]!.text))) i--;
    else break;
  }
  // "Chairman of the Environmental Audit Committee Peter Ainsworth MP": the body ends, the person follows.
  const body = ws.findLastIndex((x, k) => k >= i && k < ws.length - 2 && ORGANIZATION_WORD.test(x.text));
  const person = ws.slice(body + 1);
  if (body >= 0 && person.length <= 4 && person.every((x) => isCapitalised(x.text) && !INSTITUTION_WORD.test(x.text))) {
    return withText(nameFrom(person, []), text);
  }
  // "Chief Secretary to the Treasury Paul Boateng said": a department of one word, then the person.
  const person2 = personAfterDepartment(ws.slice(i), ws[i - 1]);
  if (person2) return withText(nameFrom(person2, []), text);
  // "In a statement issued on Wednesday Lord Woolf said": an honorific starts the name, whatever came before.
  const honorific = ws.findIndex((x, k) => k > i && k < ws.length - 1 && /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness|Dame)$/.test(x.text));
  if (honorific >= 0) return withText(nameFrom(ws.slice(honorific), []), text);
  // "The MP for Sittingbourne and Sheppey said": the place ends a longer phrase.
  const from = Math.max(0, i - 3);
  const joined = i > 0 && /^[\s\p{L}\p{N}'’-]*$/u.test(text.slice(ws[from]!.start, ws[i]!.start));
  if (joined && ws.slice(from, i).some((x) => PREPOSITION.test(x.text))) {
    // "Rhian Beynon of the JCWI said": a name before "of" is the speaker; else "the MP for Sheppey".
    const of = ws.slice(0, i).findLastIndex((x) => PREPOSITION.test(x.text));
    const owner = of > 0 ? phraseEndingAt(text, ws.slice(0, of)) : null;
    if (owner?.type === 'name' && isCapitalised(ws[of - 1]!.text)) return owner;
    // "A spokesman for the DCA said": the person described, with the body named after "for".
    if (owner?.type === 'role' && PERSON_ROLES.has(owner.roles[0] ?? '')) {
      const last = ws[ws.length - 1]!;
      return { ...owner, text: text.slice(owner.start, last.end), end: last.end };
    }
    const role = roleEndingAt(text, ws);
    if (role) return role;
  }
  const rolesBefore = i > 0 && PERSON_ROLES.has(ws[i - 1]!.text.toLowerCase()) ? [ws[i - 1]!.text.toLowerCase()] : [];
  return withText(nameFrom(ws.slice(i), rolesBefore), text);
}

const PREPOSITION = /^(?:of|for|on|at|in|from|with|to)$/;
const PLURAL_ROLE = /^(?:ministers|officials|critics|campaigners|lawyers|judges|officers|leaders|backbenchers|activists|sources|aides|advisers|experts|analysts|opponents|rebels)$/;
const TIME_WORD = /^(?:time|times|day|days|week|weeks|month|months|year|years|moment|morning|afternoon|evening|night|weekend|occasion|hour|minute)$/;
const INSTITUTION_WORD = new RegExp(`${ORGANIZATION_WORD.source}|\\b(?:Centre|Center|University|College|School|Hospital|Museum|Students|Workers|Officers)\\b`);
const DETERMINER = /^(?:the|a|an|his|her|its|their|one|another|this|that|some|several|many|two|three)$/i;
const NOT_IN_PHRASE = /^(?:was|is|are|were|has|had|have|been|would|will|could|should|but|and|or|that|which|who|when|while|as|not|it|he|she|they)$/i;

/**
 * A descriptive speaker: "the minister", "a Cabinet Office spokeswoman",
 * "one hugely-disgruntled backbencher", "Russia's foreign minister", "the MP
 * for Sittingbourne". Its head noun is what "the minister" later matches.
 */
function roleEndingAt(text: string, ws: Word[]): SpeakerRef | null {
  const end = ws.length - 1;
  for (let i = end; i >= Math.max(0, end - 7); i--) {
    const w = ws[i]!.text;
    // "and" joins names inside a phrase ("Work and Pensions"), not a phrase to a verb ("the chancellor and dismissed").
    const joinsNames = /^(?:and|or)$/.test(w) && i > 0 && i < end && isCapitalised(ws[i - 1]!.text) && isCapitalised(ws[i + 1]!.text);
    if ((NOT_IN_PHRASE.test(w) && !joinsNames) || (i < end && /[,;:()"“”]/.test(text.slice(ws[i]!.end, ws[i + 1]!.start)))) return null;
    if (DETERMINER.test(w) || (i < end && /[’']s$/.test(w))) {
      if (i === end) return null;
      // "The Scottish National Party's leader": the possessor's whole name belongs to the role.
      let first = i;
      while (/[’']s$/.test(ws[i]!.text) && first > 0 && isCapitalised(ws[first - 1]!.text) && /^ $/.test(text.slice(ws[first - 1]!.end, ws[first]!.start))) first--;
      const start = ws[first]!.start;
      const phrase = ws.slice(i + 1, end + 1);
      const preposition = phrase.findIndex((x) => PREPOSITION.test(x.text));
      // "the MP for Sittingbourne": the noun before "for"; "a Department for Work spokeswoman": the last, a person.
      const lastIsPerson = PERSON_ROLES.has(phrase[phrase.length - 1]!.text.toLowerCase());
      const headAt = preposition > 0 && !lastIsPerson ? preposition - 1 : phrase.length - 1;
      let head = phrase[headAt]!.text.toLowerCase();
      // "he did, for the first time, say": a time, not a speaker.
      if (TIME_WORD.test(head)) return null;
      // "the prime minister", "the first minister": a head of government, not one of the ministers.
      if (head === 'minister' && headAt > 0 && /^(?:prime|first)$/i.test(phrase[headAt - 1]!.text)) head = 'prime';
      return { type: 'role', text: text.slice(start, ws[end]!.end), start, end: ws[end]!.end, roles: [head], gender: null };
    }
  }
  return null;
}

function appositive(text: string, ws: Word[]): SpeakerRef | null {
  // "NAME, director general of the BCC," -> NAME; "The Shadow Secretary, NAME," -> NAME.
  const direct = phraseEndingAt(text, ws);
  for (let i = ws.length - 1; i > 0; i--) {
    if (!APPOSITION.test(text.slice(ws[i - 1]!.end, ws[i]!.start))) continue;
    const inner = ws.slice(i);
    // "Linda Knox, Director of the Centre, said": a capitalised job title describes too.
    // ...and so does a possessive: "A spokesman for Unison, Britain's biggest union, said".
    const describes =
      /^(?:the|a|an|who|which|whose|his|her|its|their|\p{Ll}+|\d+)$/u.test(inner[0]!.text) || PERSON_ROLES.has(inner[0]!.text.toLowerCase()) || /[’']s$/.test(inner[0]!.text);
    // "Colin Asplin, Blackpool Hotel Association said": the inner part is an organization.
    const organization = direct?.type === 'name' && ORGANIZATION_WORD.test(direct.text);
    if (!describes && !organization) return direct;
    // "Rory O'Neill, editor of Hazards, which ran the survey, said": appositions nest.
    const head = appositive(text, ws.slice(0, i));
    if (head?.type === 'name') head.roles.push(...inner.map((w) => w.text.toLowerCase()).filter((w) => PERSON_ROLES.has(w)));
    return head ?? direct;
  }
  return direct;
}

/** A name right after an inverted verb ("said Mr Thomas."), which must end the clause there. */
export function nameAfter(text: string, start: number, end: number): SpeakerRef | null {
  const ws = words(text, start, end);
  if (ws.length === 0 || !/^[\s,]*$/.test(text.slice(start, ws[0]!.start))) return null;
  if (/^(?:the|a|an|its|his|her|their)$/i.test(ws[0]!.text)) {
    const roleAt = ws.findIndex((w, k) => k > 0 && k < 6 && PERSON_ROLES.has(w.text.toLowerCase()));
    if (roleAt < 0) return null;
    const last = ws[roleAt]!;
    const role: SpeakerRef = { type: 'role', text: text.slice(ws[0]!.start, last.end), start: ws[0]!.start, end: last.end, roles: [last.text.toLowerCase()], gender: null };
    // "said the chairman of the committee, Labour MP Barry Sheerman."
    const comma = text.indexOf(',', last.end);
    const named = comma >= 0 && comma < end ? nameAfter(text, comma + 1, end) : null;
    if (named?.type === 'name') named.roles.push(...role.roles);
    return named?.type === 'name' ? named : role;
  }
  // "said co-ordinator Peter Facey": a few lower-case job words may come first.
  let first = 0;
  while (first < 3 && ws[first] && !isCapitalised(ws[first]!.text) && !NOT_IN_PHRASE.test(ws[first]!.text) && !PREPOSITION.test(ws[first]!.text)) first++;
  if (first > 0 && !(ws[first] && isCapitalised(ws[first]!.text) && /^[\p{L}\s'’-]*$/u.test(text.slice(ws[0]!.start, ws[first]!.start)))) return null;
  let i = first;
  while (i < ws.length && (isCapitalised(ws[i]!.text) || (PARTICLES.has(ws[i]!.text) && i > first)) && (i === first || /^ +$/.test(text.slice(ws[i - 1]!.end, ws[i]!.start)))) i++;
  if (i === first) return null;
  const after = text.slice(ws[i - 1]!.end, ws[i]?.start ?? end);
  const next = ws[i]?.text ?? '';
  const clauseEnds = /[.,;:!?]/.test(after) || next === '' || /^(?:in|on|at|from|of|who|during|to|after|before|when|while|as|told|for)$/.test(next);
  if (clauseEnds) return withText(nameFrom(ws.slice(first, i), ws.slice(0, first).map((w) => w.text.toLowerCase())), text);
  if (first > 0) return null;
  // "said Tory shadow local government secretary Caroline Spelman.": job words, then the name.
  const isJob = (w: Word) => PERSON_ROLES.has(w.text.toLowerCase()) || TITLES.has(w.text.toLowerCase());
  const roleAt = ws.findIndex((w, k) => k >= i && k < i + 6 && isJob(w) && !!ws[k + 1] && isCapitalised(ws[k + 1]!.text));
  const between = roleAt > 0 ? text.slice(ws[i - 1]!.end, ws[roleAt]!.start) : ',';
  if (roleAt < 0 || /[,.;:]/.test(between) || !ws[roleAt + 1] || !isCapitalised(ws[roleAt + 1]!.text)) return null;
  const named = nameAfter(text, ws[roleAt]!.end, end);
  if (named?.type === 'name') named.roles.push(ws[roleAt]!.text.toLowerCase());
  return named;
}

/** After "to the" / "of" / "for": a one-word department and a two-word name ("Treasury Paul Boateng"). */
function personAfterDepartment(run: Word[], before: Word | undefined): Word[] | null {
  if (run.length !== 3 || !before || !/^(?:the|of|to|for)$/.test(before.text)) return null;
  const name = run.slice(1);
  return name.every((w) => isCapitalised(w.text) && !PARTICLES.has(w.text) && !ORGANIZATION_WORD.test(w.text)) ? name : null;
}

/** The subject at the start of a sentence, for a verb far from it ("Putin dismissed..., but said"). */
export function sentenceSubject(text: string, start: number, end: number): SpeakerRef | null {
  // "For the umpteenth time, Tony Blair...", "Speaking in Leeds, Mr Kennedy...": the subject follows the opener.
  // Without a comma, an honorific still shows where the subject starts: "On that day's programme Mr Johnson was asked".
  const opener =
    /^(?:(?:In|On|At|For|After|Before|During|Since|Despite|Following|Earlier|Later|Speaking|Asked|(?:A|An|The|One|Last|Next|This)\s+(?:day|week|month|year|night|morning|weekend)s?)\b[^,.;:"“”]{0,60}|However|Meanwhile|Instead),\s+/.exec(
      text.slice(start, end),
    ) ??
    /^(?:In|On|At|During)\s+(?:a|an|the|that|this|his|her|its|their)\b[^,.;:"“”]{0,50}?\s(?=(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\s\p{Lu})/u.exec(text.slice(start, end));
  if (opener) return sentenceSubject(text, start + opener[0].length, end);
  // "The SNP's Holyrood leader, Nicola Sturgeon, welcomed...": the apposed name is the subject.
  const apposed = /^[^,]{0,80}, ((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady) )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}),/u.exec(text.slice(start, end));
  if (apposed && !/^(?:In|On|At|After|Before|When|While|Speaking|However|But|And)\b/.test(text.slice(start, end))) {
    const at = start + apposed.index + apposed[0].length - 1 - apposed[1]!.length;
    return withText(nameFrom(words(text, at, at + apposed[1]!.length), []), text);
  }
  const ws = words(text, start, end);
  let i = 0;
  while (i < ws.length && NOT_NAMES.has(ws[i]!.text.toLowerCase()) && isCapitalised(ws[i]!.text) && !/^(?:He|She)$/.test(ws[i]!.text)) i++;
  const first = ws[i];
  if (!first) return null;
  if (/^(?:he|she|He|She)$/.test(first.text)) return { type: 'pronoun', text: first.text, start: first.start, end: first.end, roles: [], gender: null };
  const joined = (k: number) => /^ $/.test(text.slice(ws[k - 1]!.end, ws[k]!.start));
  // "But a spokesman for the Home Office defended...", "The Scottish Conservative leader had insisted":
  // a described person, whom a later "he" or "she" may mean.
  const determiner = /^(?:a|an|the)$/i.test(first.text) ? i : i > 0 && /^(?:A|An|The)$/.test(ws[i - 1]!.text) ? i - 1 : -1;
  let j = determiner === i ? i + 1 : i;
  while (j < ws.length && isCapitalised(ws[j]!.text) && (j === i || joined(j))) j++;
  // "Chief Secretary to the Treasury Paul Boateng attacked": past "to the" to the person.
  const title = j > i && ws.slice(i, j).some((w) => TITLES.has(w.text.toLowerCase()));
  const connector = title && ws[j] && /^(?:to|of|for)$/.test(ws[j]!.text) ? (ws[j + 1]?.text === 'the' ? j + 2 : j + 1) : -1;
  if (connector > 0) {
    let n = connector;
    while (n < ws.length && isCapitalised(ws[n]!.text) && joined(n)) n++;
    const person = personAfterDepartment(ws.slice(connector, n), ws[connector - 1]);
    if (person) return withText(nameFrom(person, ws.slice(i, j).map((w) => w.text.toLowerCase())), text);
  }
  // Lower-case job words after the capitals: "Shadow home secretary David Davis", "Lib Dem chairman Matthew Taylor".
  let k = j;
  for (let m = j; m < ws.length && m < j + 3 && m > 0 && joined(m) && !isCapitalised(ws[m]!.text); m++) {
    if (TITLES.has(ws[m]!.text) || PERSON_ROLES.has(ws[m]!.text) || PLURAL_ROLE.test(ws[m]!.text)) k = m + 1;
  }
  if (k > j) {
    let n = k;
    while (n < ws.length && isCapitalised(ws[n]!.text) && joined(n)) n++;
    if (n > k) return withText(nameFrom(ws.slice(k, n), ws.slice(j, k).map((w) => w.text)), text);
    const head = ws[k - 1]!.text;
    // "Executive ministers raised an appeal", "Labour MPs argued": a group of people needs no article.
    if (determiner < 0 && PLURAL_ROLE.test(head) && j > i) return describedRole(text, ws, i, k - 1);
    return determiner >= 0 && PERSON_ROLES.has(head) ? describedRole(text, ws, determiner, k - 1) : null;
  }
  if (j === i) return null;
  const rest = text.slice(ws[j - 1]!.end, ws[j]?.start ?? end);
  // "Putin's spokesman", "Mr Bush's first task": the possessor did not speak.
  if (/^[’']s/.test(rest) || /[’']s$/.test(ws[j - 1]!.text)) return null;
  // "Praising Celtic and Rangers, she said": a participle opens the sentence, not a name.
  if (/ing$/.test(ws[i]!.text) && /^[^,]{0,80},\s*(?:he|she|they|we|I|\p{Lu})/u.test(text.slice(ws[i]!.start, end))) return null;
  return withText(nameFrom(ws.slice(i, j), []), text);
}

/** "a spokesman for the Home Office": the role up to its head, and a named body after "for", "of" or "at". */
function describedRole(text: string, ws: Word[], from: number, head: number): SpeakerRef {
  let last = head;
  if (ws[head + 1] && /^(?:for|of|at)$/.test(ws[head + 1]!.text)) {
    let k = head + 2;
    if (ws[k]?.text === 'the') k++;
    let n = k;
    while (n < ws.length && isCapitalised(ws[n]!.text) && /^ $/.test(text.slice(ws[n - 1]!.end, ws[n]!.start))) n++;
    if (n > k) last = n - 1;
  }
  const start = ws[from]!.start;
  const end = ws[last]!.end;
  const prime = ws[head]!.text === 'minister' && head > from && /^(?:prime|first)$/i.test(ws[head - 1]!.text);
  return { type: 'role', text: text.slice(start, end), start, end, roles: [prime ? 'prime' : ws[head]!.text], gender: null };
}
